import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { exportContactData, eraseContact } from "@/lib/crm/contact-data";
import { checkImportRows, exportContactsCsv, ImportRejectedError, importContacts, parseContactsCsv } from "@/lib/crm/contacts-csv";
import { convertToClient } from "@/lib/crm/convert-to-client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../support/db";

const now = new Date("2026-11-24T10:00:00Z");
let t: TestDb;
let coachId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [{ id: coachId }] = await t.db.select({ id: s.coaches.id }).from(s.coaches);
});
afterAll(async () => {
  await t?.close();
});

const countContacts = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(s.contacts))[0].n;

describe(`CSV import and export (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("reports every bad row with its number and imports nothing when any row is bad", async () => {
    const csv = [
      "Name,E-mail,Phone,Stage,Tags",
      "Good One,good.one@example.com,,lead,\"a, b\"",
      ",missing.name@example.com,,,",
      "Bad Email,not-an-email,,,",
      "Bad Stage,bad.stage@example.com,,vip,",
      "Dup,good.one@example.com,,,",
      "Existing,PRIYA.SHAH@example.com,,,",
    ].join("\n");
    const { records, fileErrors } = parseContactsCsv(csv);
    expect(fileErrors).toEqual([]);
    const check = await checkImportRows(t.db, coachId, records);
    expect(check.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(check.errors.find((e) => e.row === 6)!.messages[0]).toMatch(/row 2/);
    expect(check.errors.find((e) => e.row === 7)!.messages[0]).toMatch(/already/);
    const before = await countContacts();
    await expect(importContacts(t.db, coachId, records)).rejects.toSatisfy((e) => e instanceof ImportRejectedError && e.errors.length === 5);
    expect(await countContacts()).toBe(before);
  });

  it("imports all rows of a clean file in one go, with a timeline entry each", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Person ${i},person.${i}@import.example.com,+44 1234 ${String(i).padStart(4, "0")},${i % 2 ? "lead" : "proposal"},imported`);
    const { records } = parseContactsCsv(["name,email,phone,stage,tags", ...rows].join("\r\n"));
    const before = await countContacts();
    expect(await importContacts(t.db, coachId, records)).toBe(1200);
    expect(await countContacts()).toBe(before + 1200);
    const [p] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "person.7@import.example.com"));
    expect(p).toMatchObject({ name: "Person 7", stage: "lead", tags: ["imported"], source: "import" });
    const acts = await t.db.select().from(s.activities).where(eq(s.activities.contactId, p.id));
    expect(acts.map((a) => a.kind)).toEqual(["contact_created"]);
  });

  it("says when the header is missing", () => {
    expect(parseContactsCsv("just,some,values\n1,2,3").fileErrors[0]).toMatch(/name and email/);
  });

  it("exports every contact as CSV that imports back, with formulas neutralised", async () => {
    await t.db.update(s.contacts).set({ name: "=HYPERLINK(\"x\")" }).where(eq(s.contacts.email, "person.1@import.example.com"));
    const csv = await exportContactsCsv(t.db, coachId);
    const { records } = parseContactsCsv(csv);
    expect(records).toHaveLength(await countContacts());
    expect(records.find((r) => r.email === "person.1@import.example.com")!.name).toBe("'=HYPERLINK(\"x\")");
    expect(records.find((r) => r.email === "client@example.com")).toMatchObject({ stage: "client", tags: "demo, engineering" });
  });
});

describe("per-contact data: JSON export and GDPR erase", () => {
  it("exports the contact's notes, timeline, bookings, purchases and plan, without secrets", async () => {
    const [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    const data = await exportContactData(t.db, coachId, jordan.id, now);
    expect(data.contact.email).toBe("client@example.com");
    expect(data.account?.email).toBe("client@example.com");
    expect(data.activities.length).toBeGreaterThan(0);
    expect(data.bookings.length).toBe(3);
    expect(data.bookings[0]).not.toHaveProperty("manageTokenHash");
    expect(data.purchases).toHaveLength(1);
    const plan = data.careerPlan as { goals: unknown[]; milestones: unknown[]; actionItems: unknown[]; skills: unknown[] };
    expect(plan.goals.length).toBe(3);
    expect(plan.milestones.length).toBeGreaterThan(0);
    expect(plan.actionItems.length).toBe(5);
    expect(JSON.parse(JSON.stringify(data)).contact.id).toBe(jordan.id);
  });

  it("erases the contact and every row of theirs, including the portal account and its sign-in sessions", async () => {
    const [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    const userId = jordan.userId!;
    await t.db.insert(s.authSessions).values({ sessionToken: "erase-me", userId, expires: new Date("2027-01-01T00:00:00Z") });
    await t.db.insert(s.emailOutbox).values({ toAddress: "client@example.com", subject: "Hi", html: "<p>Hi</p>", text: "Hi", kind: "test" });
    const [plan] = await t.db.select().from(s.careerPlans).where(eq(s.careerPlans.contactId, jordan.id));

    await expect(eraseContact(t.db, { coachId, contactId: jordan.id, confirmEmail: "someone@else.com" })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await t.db.select().from(s.contacts).where(eq(s.contacts.id, jordan.id))).toHaveLength(1);

    await eraseContact(t.db, { coachId, contactId: jordan.id, confirmEmail: " Client@Example.com " });
    const left = async (table: PgTable, col: PgColumn, value: string) =>
      (await t.db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(col, value)))[0].n;
    expect(await left(s.contacts, s.contacts.id, jordan.id)).toBe(0);
    expect(await left(s.notes, s.notes.contactId, jordan.id)).toBe(0);
    expect(await left(s.activities, s.activities.contactId, jordan.id)).toBe(0);
    expect(await left(s.bookings, s.bookings.contactId, jordan.id)).toBe(0);
    expect(await left(s.purchases, s.purchases.contactId, jordan.id)).toBe(0);
    expect(await left(s.careerPlans, s.careerPlans.contactId, jordan.id)).toBe(0);
    expect(await left(s.goals, s.goals.planId, plan.id)).toBe(0);
    expect(await left(s.actionItems, s.actionItems.planId, plan.id)).toBe(0);
    expect(await left(s.skills, s.skills.planId, plan.id)).toBe(0);
    expect(await left(s.achievements, s.achievements.planId, plan.id)).toBe(0);
    expect(await left(s.users, s.users.id, userId)).toBe(0);
    expect(await left(s.authSessions, s.authSessions.userId, userId)).toBe(0);
    expect(await left(s.emailOutbox, s.emailOutbox.toAddress, "client@example.com")).toBe(0);
    // Everyone else is untouched.
    expect(await left(s.contacts, s.contacts.email, "client2@example.com")).toBe(1);
    await expect(eraseContact(t.db, { coachId, contactId: jordan.id, confirmEmail: "client@example.com" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("convert to client", () => {
  it("sets the stage, creates the portal user, a draft plan from the discovery intake and the invitation, in one go", async () => {
    const [lucas] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "lucas.martin@example.com"));
    expect(lucas.stage).toBe("discovery_done");
    const { planId, userId } = await convertToClient(t.db, {
      coachId, coachName: "Alex Morgan", contactId: lucas.id, startDate: "2026-11-24", secret: "test-secret-0123456789abcdefghijklmnop", publicUrl: "http://localhost:3303", now,
    });
    const [after] = await t.db.select().from(s.contacts).where(eq(s.contacts.id, lucas.id));
    expect(after.stage).toBe("client");
    expect(after.userId).toBe(userId);
    const [user] = await t.db.select().from(s.users).where(eq(s.users.id, userId));
    expect(user.role).toBe("client");
    const [plan] = await t.db.select().from(s.careerPlans).where(eq(s.careerPlans.id, planId));
    expect(plan).toMatchObject({ status: "draft", templateKey: "job-to-career", contactId: lucas.id, horizonYears: 2 });
    expect(plan.vision).toBe("Get clear on my next step and a plan to reach it.");
    const mail = await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.toAddress, "lucas.martin@example.com"));
    expect(mail.map((m) => m.kind)).toEqual(["portal_invite"]);
    expect(mail[0].html).toContain("/api/auth/callback/email");
    const kinds = (await t.db.select().from(s.activities).where(eq(s.activities.contactId, lucas.id))).map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(["stage_changed", "converted", "plan_created", "email_sent"]));
  });

  it("writes nothing when a step fails", async () => {
    const [coachUser] = await t.db.select().from(s.users).where(eq(s.users.email, "coach@example.com"));
    // A contact whose email belongs to a coach account cannot get a client login.
    const [odd] = await t.db.insert(s.contacts).values({ coachId, name: "Coach Twin", email: coachUser.email, stage: "proposal" }).returning();
    await expect(
      convertToClient(t.db, { coachId, coachName: "Alex", contactId: odd.id, startDate: "2026-11-24", secret: "x".repeat(32), publicUrl: "http://localhost", now }),
    ).rejects.toThrow(/coach account/);
    const [still] = await t.db.select().from(s.contacts).where(eq(s.contacts.id, odd.id));
    expect(still.stage).toBe("proposal");
    expect(await t.db.select().from(s.activities).where(eq(s.activities.contactId, odd.id))).toHaveLength(0);
    expect(await t.db.select().from(s.careerPlans).where(eq(s.careerPlans.contactId, odd.id))).toHaveLength(0);
  });
});
