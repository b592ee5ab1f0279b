// GET /api/availability with every kind of query string: always 200 or a 400 JSON error that says
// what is wrong, never a 5xx or a throw, and never a row written.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/db/seed";
import { handleAvailabilityRequest } from "@/lib/booking";
import { createTestDb, type TestDb } from "../support/db";
import { nastyStrings, rowCounts } from "./fuzz-support";

const NOW = new Date("2027-03-01T08:00:00Z");
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: NOW });
});
afterAll(async () => {
  await t?.close();
});

const date = fc.oneof(
  fc.date({ min: new Date("2026-12-01"), max: new Date("2027-06-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2027-02-29", "2027-13-01", "2027-3-1", "27-03-01", "2027-03-01T00:00", "0000-00-00", "9999-12-30", "9999-12-31", "1969-12-31"),
  fc.string({ maxLength: 12 }),
);
const param = <T>(values: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 4, arbitrary: values }, { weight: 1, arbitrary: fc.constantFrom(...nastyStrings) }), { nil: undefined });
const junk = fc.record({
  type: param(fc.oneof(fc.constantFrom("discovery", "coaching-session", "DISCOVERY", "disco very", "-x-"), fc.string({ maxLength: 20 }))),
  from: param(date),
  to: param(date),
  tz: param(fc.oneof(fc.constantFrom("Europe/London", "America/New_York", "Asia/Kathmandu", "UTC", "Etc/GMT+12", "Mars/Olympus", "+01:00", "europe/london", "Local"), fc.string({ maxLength: 30 }))),
  extra: fc.option(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), { nil: undefined }),
});
// Well-formed queries (ranges of 0 to 70 days, real zones) that reach the database and the engine.
const wellFormed = fc
  .record({
    from: fc.date({ min: new Date("2027-02-01"), max: new Date("2027-06-01"), noInvalidDate: true }),
    days: fc.integer({ min: 0, max: 70 }),
    tz: fc.constantFrom("Europe/London", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "Australia/Lord_Howe"),
    type: fc.constantFrom("discovery", "coaching-session"),
  })
  .map(({ from, days, tz, type }) => ({
    type,
    from: from.toISOString().slice(0, 10),
    to: new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10),
    tz,
    extra: undefined,
  }));
const query = fc.oneof(junk, wellFormed);

function urlOf(q: { type?: string; from?: string; to?: string; tz?: string; extra?: [string, string] }): URL {
  const url = new URL("http://localhost/api/availability");
  for (const key of ["type", "from", "to", "tz"] as const) if (q[key] !== undefined) url.searchParams.append(key, q[key]!);
  if (q.extra) url.searchParams.append(...q.extra);
  return url;
}

describe(`fuzz GET /api/availability (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("answers 200 with slots or 400 with a clear error, never 5xx, never writes", async () => {
    const before = await rowCounts(t.db);
    const seen = { ok: 0, bad: 0 };
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const res = await handleAvailabilityRequest(t.db, urlOf(q), NOW);
        expect([200, 400]).toContain(res.status);
        const body = (await res.json()) as { error?: string; slots?: { start: string; end: string }[] };
        if (res.status === 200) {
          seen.ok++;
          expect(Array.isArray(body.slots)).toBe(true);
        } else {
          seen.bad++;
          expect(typeof body.error).toBe("string");
          expect(body.error!.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 1500 },
    );
    expect(await rowCounts(t.db)).toEqual(before);
    // Both branches were explored, not only the early rejections.
    expect(seen.ok).toBeGreaterThan(20);
    expect(seen.bad).toBeGreaterThan(100);
  });

  // Found by the property above: the last representable day made the slot engine overflow (500).
  it("refuses far-off dates such as 9999-12-31 with a 400", async () => {
    const res = await handleAvailabilityRequest(t.db, urlOf({ type: "discovery", from: "9999-12-31", to: "9999-12-31", tz: "Europe/London" }), NOW);
    expect(res.status).toBe(400);
  });

  it("names each missing or malformed parameter", async () => {
    const missing = await handleAvailabilityRequest(t.db, urlOf({ type: "discovery" }), NOW);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatch(/from.*to.*tz/);
    const badZone = await handleAvailabilityRequest(t.db, urlOf({ type: "discovery", from: "2027-03-02", to: "2027-03-03", tz: "Mars/Olympus" }), NOW);
    expect((await badZone.json()).error).toMatch(/tz/);
  });
});
