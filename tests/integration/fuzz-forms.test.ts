// The public forms' input handling, with every kind of input: the contact form's service (as its
// server action calls it) and the sign-in form's schema and redirect guard. Never a throw, a clear
// message for each bad field, and nothing written unless the input is valid.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/db/seed";
import { safeCallbackUrl, signInSchema } from "@/lib/auth/sign-in-form";
import { submitContactForm } from "@/lib/crm/contact-form";
import { contactFormSchema } from "@/lib/crm/contact-form-schema";
import { createTestDb, type TestDb } from "../support/db";
import { asFromHttp, nastyStrings, rowCounts } from "./fuzz-support";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: new Date("2027-03-01T08:00:00Z") });
});
afterAll(async () => {
  await t?.close();
});

const NOW = new Date("2026-11-24T10:00:00Z");
const text = (max: number) => fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: max }) }, { weight: 1, arbitrary: fc.constantFrom(...nastyStrings) }, { weight: 1, arbitrary: fc.anything() });
const formInput = fc.record(
  {
    name: fc.oneof(text(140), fc.constantFrom("Ann Lee", "Zoë Ω")),
    email: fc.oneof(text(60), fc.emailAddress(), fc.constantFrom("ANN@EXAMPLE.COM", "a@b", "a@b.c", "@example.com")),
    message: fc.oneof(text(200), fc.lorem({ maxCount: 30 }), fc.constant("x".repeat(5001))),
    website: fc.option(fc.oneof(fc.constant(""), fc.string({ maxLength: 10 })), { nil: undefined }),
  },
  { requiredKeys: [] },
);
// Valid in shape (a real address, a long enough message), with odd names and text: these get past
// the schema and reach the database.
const nearlyValid = fc.record({
  name: fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 60 }) }, { weight: 1, arbitrary: fc.constantFrom(...nastyStrings) }),
  email: fc.oneof(fc.emailAddress(), fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/).map((local) => `${local}@mail.example.com`)),
  message: fc.tuple(fc.lorem({ mode: "sentences", maxCount: 3 }), fc.constantFrom("", ...nastyStrings)).map(([a, b]) => `Hello there, ${a} ${b}`),
});
const ip = fc.ipV4();

function withoutNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (value && typeof value === "object" && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  return value;
}

describe(`fuzz the contact form (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("never throws; invalid input gets a message per field and writes nothing", async () => {
    const outcomes: Record<string, number> = {};
    await fc.assert(
      // NUL is taken out here: see the known failure below.
      fc.asyncProperty(fc.oneof(formInput, nearlyValid).map(asFromHttp).map(withoutNul), ip, async (input, address) => {
        const before = await rowCounts(t.db);
        const result = await submitContactForm(t.db, input as Record<string, unknown>, { ip: address, publicUrl: "http://localhost", now: NOW });
        outcomes[result.status] = (outcomes[result.status] ?? 0) + 1;
        const after = await rowCounts(t.db);
        if (result.status === "sent") {
          expect(contactFormSchema.safeParse(input).success).toBe(true);
          expect(after.activities).toBeGreaterThan(before.activities);
          expect(after.emailOutbox).toBe(before.emailOutbox + 1);
          return;
        }
        expect(after).toEqual(before);
        if (result.status === "invalid") {
          const messages = Object.values(result.fieldErrors);
          expect(messages.length).toBeGreaterThan(0);
          for (const m of messages) expect(m!.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 400 },
    );
    expect(outcomes.invalid).toBeGreaterThan(100);
    expect(outcomes.sent ?? 0).toBeGreaterThan(50);
  });

  // Found by the property above: a NUL (%00 in a posted form) used to reach PostgreSQL (22021): a 500.
  it("a NUL in the name is a field message, not a database error", async () => {
    const result = await submitContactForm(t.db, { name: "Ann\u0000Lee", email: "nul@example.com", message: "Hello, I would like a call." }, { ip: "192.0.2.1", publicUrl: "http://localhost", now: NOW });
    expect(result.status).toBe("invalid");
  });
});

describe("fuzz the sign-in form", () => {
  it("the schema never throws, and refuses anything that is not one email address", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ email: fc.oneof(fc.string(), fc.emailAddress(), fc.constantFrom(...nastyStrings)), callbackUrl: fc.option(fc.string(), { nil: undefined }) })), (input) => {
        const parsed = signInSchema.safeParse(input);
        if (parsed.success) {
          expect(parsed.data.email).toBe(parsed.data.email.trim().toLowerCase());
          expect(parsed.data.email).toMatch(/^[^\s@]+@[^\s@]+$/);
        } else {
          expect(parsed.error.issues[0].message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 2000 },
    );
  });

  // Paths a browser reads as another host: "//x", and "/\\x" or "/<tab>/x" (backslash is a slash,
  // tabs and newlines are dropped, per the URL standard).
  const protocolRelative = (value: string) => new URL(value.replace(/^\s+/, ""), "https://ambit.example").origin !== "https://ambit.example";

  it("follows only same-site paths after sign-in", () => {
    const hostile = fc.oneof(
      fc.webUrl(),
      fc.constantFrom("//evil.example", "https://evil.example/coach", "javascript:alert(1)", " /coach", "/%2F%2Fevil.example"),
      fc.string().map((s) => `//${s}`),
    );
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string(), fc.webPath()), (value) => {
        const safe = safeCallbackUrl(value);
        if (safe === undefined) return;
        expect(safe.startsWith("/")).toBe(true);
        expect(protocolRelative(safe)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  // Found by the property above: "/\\evil.example" and "/<tab>/evil.example" are //evil.example to a browser.
  it("safeCallbackUrl refuses backslash and tab forms of //host", () => {
    for (const value of ["/\\evil.example", "/\t/evil.example"]) {
      const safe = safeCallbackUrl(value);
      expect(safe === undefined || !protocolRelative(safe)).toBe(true);
    }
  });
});
