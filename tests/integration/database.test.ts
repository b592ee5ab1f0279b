import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createTestDb, pgErrorCode, type TestDb } from "../support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

async function counts() {
  const tables = { users: s.users, contacts: s.contacts, bookings: s.bookings, plans: s.careerPlans, goals: s.goals, packages: s.packages, purchases: s.purchases, activities: s.activities };
  const out: Record<string, number> = {};
  for (const [k, table] of Object.entries(tables)) {
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
    out[k] = row.n;
  }
  return out;
}

describe(`database (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("applies every migration and creates the tables operators query", async () => {
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(s.emailOutbox);
    expect(row.n).toBe(0);
    const ext = await t.db.execute(sql`select extname from pg_extension where extname = 'btree_gist'`);
    const rows = Array.isArray(ext) ? ext : (ext as { rows: unknown[] }).rows;
    expect(rows).toHaveLength(1);
  });

  it("seeds demo data, and a second run adds nothing", async () => {
    const now = new Date("2026-11-24T10:00:00Z");
    await seedDemoData(t.db, { now });
    const first = await counts();
    expect(first.contacts).toBeGreaterThanOrEqual(20);
    expect(first.plans).toBe(2);
    expect(first.packages).toBe(2);
    expect(first.bookings).toBeGreaterThan(10);
    await seedDemoData(t.db, { now });
    expect(await counts()).toEqual(first);
    const [client] = await t.db.select().from(s.users).where(eq(s.users.email, "client@example.com"));
    expect(client.role).toBe("client");
    const [discovery] = await t.db.select().from(s.meetingTypes).where(eq(s.meetingTypes.slug, "discovery"));
    expect(discovery.durationMinutes).toBe(30);
    expect(discovery.priceCents).toBe(0);
  });

  it("rejects a live booking that overlaps another of the same coach, but not a cancelled one", async () => {
    const [coach] = await t.db.select().from(s.coaches);
    const [contact] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "priya.shah@example.com"));
    const [type] = await t.db.select().from(s.meetingTypes).where(eq(s.meetingTypes.slug, "discovery"));
    const base = { coachId: coach.id, contactId: contact.id, meetingTypeId: type.id, inviteeName: contact.name, inviteeTimezone: "Europe/Paris" };
    const start = new Date("2027-03-03T10:00:00Z");
    await t.db.insert(s.bookings).values({ ...base, startsAt: start, endsAt: new Date(start.getTime() + 30 * 60_000) });
    const overlapping = t.db.insert(s.bookings).values({ ...base, startsAt: new Date(start.getTime() + 15 * 60_000), endsAt: new Date(start.getTime() + 45 * 60_000) });
    await expect(overlapping).rejects.toSatisfy((e) => pgErrorCode(e) === "23P01");
    // Touching end to start is fine: ranges are half-open.
    await t.db.insert(s.bookings).values({ ...base, startsAt: new Date(start.getTime() + 30 * 60_000), endsAt: new Date(start.getTime() + 60 * 60_000) });
    // A cancelled booking does not hold its time.
    await t.db.insert(s.bookings).values({ ...base, status: "cancelled", startsAt: start, endsAt: new Date(start.getTime() + 30 * 60_000) });
    const rows = await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, contact.id));
    expect(rows).toHaveLength(3);
  });

  it("enforces check constraints on bounded values", async () => {
    const [plan] = await t.db.select().from(s.careerPlans);
    const bad = t.db.insert(s.skills).values({ planId: plan.id, name: "x", kind: "soft", currentLevel: 0, targetLevel: 9 });
    await expect(bad).rejects.toSatisfy((e) => pgErrorCode(e) === "23514");
    const badStage = t.db.update(s.contacts).set({ stage: "nope" as never }).where(eq(s.contacts.email, "priya.shah@example.com"));
    await expect(badStage).rejects.toSatisfy((e) => pgErrorCode(e) === "23514");
  });
});
