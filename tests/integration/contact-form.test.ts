import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { ensureCoachAccount } from "@/db/seed";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { CONTACT_FORM_SOURCE, PracticeNotSetUpError, submitContactForm } from "@/lib/crm/contact-form";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
let ipCounter = 0;
const NOW = new Date("2026-11-24T10:00:00Z");
const publicUrl = "https://coach.example";
// A fresh address per call keeps the IP rate limit out of tests that are not about it.
const context = () => ({ ip: `198.51.100.${++ipCounter}`, publicUrl, now: NOW });

const good = { name: "Priya Shah", email: "Priya.Shah@Example.com", message: "I have been an analyst for four years. Where could it lead?" };

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

async function count(table: typeof s.contacts | typeof s.activities | typeof s.emailOutbox | typeof s.rateLimits) {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row.n;
}

async function snapshot() {
  return { contacts: await count(s.contacts), activities: await count(s.activities), outbox: await count(s.emailOutbox), rateLimits: await count(s.rateLimits) };
}

describe(`contact form (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("refuses politely when no coach exists yet, and writes nothing", async () => {
    const before = await snapshot();
    await expect(submitContactForm(t.db, good, context())).rejects.toBeInstanceOf(PracticeNotSetUpError);
    expect(await snapshot()).toEqual(before);
  });

  describe("with the practice's coach", () => {
    beforeAll(async () => {
      await ensureCoachAccount(t.db, "coach@example.com");
    });

    beforeEach(async () => {
      await t.db.delete(s.emailOutbox).where(sql`true`);
    });

    it("creates exactly one lead, one message activity and one email to the coach", async () => {
      const result = await submitContactForm(t.db, good, context());
      expect(result).toMatchObject({ status: "sent", created: true });

      const leads = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "priya.shah@example.com"));
      expect(leads).toHaveLength(1);
      expect(leads[0]).toMatchObject({ name: "Priya Shah", stage: "lead", source: CONTACT_FORM_SOURCE });

      const messages = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, leads[0].id), eq(s.activities.kind, "message")));
      expect(messages).toHaveLength(1);
      expect(messages[0].data).toMatchObject({ message: good.message, source: CONTACT_FORM_SOURCE });

      const outbox = await t.db.select().from(s.emailOutbox);
      expect(outbox).toHaveLength(1);
      expect(outbox[0]).toMatchObject({ toAddress: "coach@example.com", kind: "contact_message", status: "pending" });
      expect(outbox[0].subject).toContain("Priya Shah");
      expect(outbox[0].text).toContain("Where could it lead?");
      expect(outbox[0].html).toContain(`${publicUrl}/coach/contacts?q=priya.shah%40example.com`);
    });

    it("reuses the contact for a second message from the same email, without moving its stage back", async () => {
      await t.db.update(s.contacts).set({ stage: "proposal" }).where(eq(s.contacts.email, "priya.shah@example.com"));
      const result = await submitContactForm(t.db, { ...good, email: "  priya.shah@example.com ", message: "One more question about the packages, please." }, context());
      expect(result).toMatchObject({ status: "sent", created: false });

      const leads = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "priya.shah@example.com"));
      expect(leads).toHaveLength(1);
      expect(leads[0].stage).toBe("proposal");
      const messages = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, leads[0].id), eq(s.activities.kind, "message")));
      expect(messages).toHaveLength(2);
      expect(await count(s.emailOutbox)).toBe(1);
    });

    it("returns an error for each bad field and writes nothing", async () => {
      const before = await snapshot();
      const result = await submitContactForm(t.db, { name: "  ", email: "not-an-email", message: "hi" }, context());
      expect(result.status).toBe("invalid");
      if (result.status !== "invalid") return;
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "message", "name"]);
      expect(result.fieldErrors.email).toMatch(/valid email/);
      expect(await submitContactForm(t.db, {}, context())).toMatchObject({ status: "invalid" });
      expect(await submitContactForm(t.db, { name: ["x"], email: 42, message: null }, context())).toMatchObject({ status: "invalid" });
      expect(await snapshot()).toEqual(before);
    });

    it("pretends success when the honeypot is filled, and writes nothing", async () => {
      const before = await snapshot();
      const result = await submitContactForm(t.db, { ...good, email: "bot@example.com", website: "https://spam.example" }, context());
      expect(result).toEqual({ status: "ignored" });
      expect(await snapshot()).toEqual(before);
      const [bot] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "bot@example.com"));
      expect(bot).toBeUndefined();
    });

    it("refuses a sender over the rate limit, and writes no contact", async () => {
      const ip = "203.0.113.50";
      for (let i = 0; i < RATE_LIMITS.contact.points; i++) {
        const r = await submitContactForm(t.db, { ...good, email: `reader${i}@example.com` }, { ip, publicUrl, now: NOW });
        expect(r.status).toBe("sent");
      }
      const refused = await submitContactForm(t.db, { ...good, email: "one-too-many@example.com" }, { ip, publicUrl, now: NOW });
      expect(refused.status).toBe("rate_limited");
      const [row] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "one-too-many@example.com"));
      expect(row).toBeUndefined();
    });
  });
});
