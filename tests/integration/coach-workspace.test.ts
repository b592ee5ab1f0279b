import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { getNewLeads, getOverdueActionItems, getSessionsAhead, recordDashboardVisit } from "@/lib/coaching/dashboard";
import { getFunnel, parseFunnelPeriod } from "@/lib/coaching/funnel";
import { createActionItemsFromNotes, getWeekSessions, listSessions, markSessionOutcome, mondayOf, NoPlanError, saveSessionNotes } from "@/lib/coaching/sessions";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../support/db";

const now = new Date("2026-11-24T10:00:00Z"); // a Tuesday
let t: TestDb;
let coach: s.Coach;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [coach] = await t.db.select().from(s.coaches);
});
afterAll(async () => {
  await t?.close();
});

async function bookingOf(email: string, kind: "discovery" | "coaching", status: s.BookingStatus) {
  const [row] = await t.db
    .select({ booking: s.bookings })
    .from(s.bookings)
    .innerJoin(s.contacts, eq(s.contacts.id, s.bookings.contactId))
    .innerJoin(s.meetingTypes, eq(s.meetingTypes.id, s.bookings.meetingTypeId))
    .where(and(eq(s.contacts.email, email), eq(s.meetingTypes.kind, kind), eq(s.bookings.status, status)));
  return row.booking;
}

describe(`dashboard (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("lists live sessions of today and the next 7 days in the coach's zone", async () => {
    const sessions = await getSessionsAhead(t.db, coach, now);
    expect(sessions.length).toBeGreaterThanOrEqual(5);
    expect(sessions.every((x) => x.startsAt.getTime() >= new Date("2026-11-24T00:00:00Z").getTime() && x.startsAt.getTime() < new Date("2026-12-02T00:00:00Z").getTime())).toBe(true);
    expect(sessions.map((x) => x.contactName)).toContain("Liam O'Brien");
  });

  it("reads the last visit, then records this one; new leads are those created since", async () => {
    expect(await recordDashboardVisit(t.db, coach.id, now)).toBeNull();
    const later = new Date(now.getTime() + 3_600_000);
    expect((await recordDashboardVisit(t.db, coach.id, later))?.toISOString()).toBe(now.toISOString());
    await t.db.insert(s.contacts).values({ coachId: coach.id, name: "Fresh Lead", email: "fresh@example.com", createdAt: new Date(now.getTime() + 60_000) });
    const leads = await getNewLeads(t.db, coach.id, now, later);
    expect(leads.map((l) => l.name)).toEqual(["Fresh Lead"]);
  });

  it("lists open action items past their due date across clients", async () => {
    const overdue = await getOverdueActionItems(t.db, coach.id, "2026-11-24");
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((a) => a.dueDate < "2026-11-24")).toBe(true);
    expect(new Set(overdue.map((a) => a.contactName))).toEqual(new Set(["Jordan Lee", "Sam Patel"].filter((n) => overdue.some((a) => a.contactName === n))));
  });

  it("computes the funnel for a period: bookings by source, discovery calls held, conversions, revenue", async () => {
    expect(parseFunnelPeriod({}, "2026-11-24")).toEqual({ from: "2026-10-26", to: "2026-11-24", preset: 30 });
    expect(parseFunnelPeriod({ days: "90" }, "2026-11-24").preset).toBe(90);
    expect(parseFunnelPeriod({ from: "2026-11-30", to: "2026-11-01" }, "2026-11-24").preset).toBe(30);
    expect(parseFunnelPeriod({ from: "2026-01-01", to: "2026-03-31" }, "2026-11-24")).toEqual({ from: "2026-01-01", to: "2026-03-31", preset: null });

    const [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    await t.db.insert(s.activities).values({ contactId: jordan.id, kind: "converted", summary: "Converted", createdAt: new Date("2026-11-20T10:00:00Z") });
    const [purchase] = await t.db.select().from(s.purchases).where(eq(s.purchases.contactId, jordan.id));
    await t.db.update(s.purchases).set({ refundedCents: 10000 }).where(eq(s.purchases.id, purchase.id));

    const funnel = await getFunnel(t.db, coach, { from: "2026-10-26", to: "2026-11-24" });
    expect(funnel.bookingsTotal).toBe(funnel.bookingsBySource.reduce((a, b) => a + b.count, 0));
    expect(funnel.discoveryCallsHeld).toBe(7); // the seed holds seven completed discovery calls in the last 30 days
    expect(funnel.conversions).toBe(1);
    expect(funnel.revenue).toEqual([{ currency: "gbp", cents: 84000 + 45000 + 45000 - 10000 }]);
  });
});

describe("sessions", () => {
  it("lists upcoming and past sessions with filters, and a week in the coach's zone", async () => {
    const upcoming = await listSessions(t.db, coach.id, { when: "upcoming" }, now);
    expect(upcoming.every((x) => x.endsAt > now)).toBe(true);
    const past = await listSessions(t.db, coach.id, { when: "past", status: "no_show" }, now);
    expect(past.map((x) => x.contactName)).toEqual(["Chloe Dubois"]);
    const [coaching] = await t.db.select().from(s.meetingTypes).where(eq(s.meetingTypes.slug, "coaching-session"));
    const coachingOnly = await listSessions(t.db, coach.id, { when: "past", type: coaching.id }, now);
    expect(coachingOnly.every((x) => x.typeKind === "coaching")).toBe(true);
    expect(mondayOf("2026-11-24")).toBe("2026-11-23");
    expect(mondayOf("2026-11-29")).toBe("2026-11-23");
    const week = await getWeekSessions(t.db, coach, "2026-11-23");
    expect(week.map((d) => d.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
    expect(week.flatMap((d) => d.sessions).length).toBeGreaterThan(0);
  });

  it("a no-show on a discovery call moves the lead back to lead; completing one moves it to discovery done", async () => {
    const liamCall = await bookingOf("liam.obrien@example.com", "discovery", "confirmed");
    await markSessionOutcome(t.db, { coachId: coach.id, bookingId: liamCall.id, outcome: "no_show", now });
    const [liam] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "liam.obrien@example.com"));
    expect(liam.stage).toBe("lead");
    const kinds = (await t.db.select().from(s.activities).where(eq(s.activities.contactId, liam.id))).map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(["no_show", "stage_changed"]));

    const meiCall = await bookingOf("mei.chen@example.com", "discovery", "confirmed");
    await markSessionOutcome(t.db, { coachId: coach.id, bookingId: meiCall.id, outcome: "completed", now });
    const [mei] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "mei.chen@example.com"));
    expect(mei.stage).toBe("discovery_done");
  });

  it("saves private and shared notes, and turns chosen lines into action items on the plan", async () => {
    const session = await bookingOf("client2@example.com", "coaching", "confirmed");
    await expect(saveSessionNotes(t.db, { coachId: coach.id, bookingId: session.id, input: { privateNotes: "x".repeat(50_001), sharedNotes: "" }, now })).rejects.toBeInstanceOf(InvalidInputError);
    await saveSessionNotes(t.db, { coachId: coach.id, bookingId: session.id, input: { privateNotes: "Nervous about interviews", sharedNotes: "- Update the portfolio site\n- [ ] Email two agencies\n\nGreat progress" }, now });
    const created = await createActionItemsFromNotes(t.db, { coachId: coach.id, bookingId: session.id, input: { lines: ["Update the portfolio site", "Email two agencies"], owner: "client", dueDate: "2026-12-05" } });
    expect(created).toBe(2);
    const items = await t.db.select().from(s.actionItems).where(eq(s.actionItems.bookingId, session.id));
    expect(items.map((i) => i.title).sort()).toEqual(["Email two agencies", "Update the portfolio site"]);
    expect(items.every((i) => i.dueDate === "2026-12-05" && i.owner === "client")).toBe(true);
    await expect(createActionItemsFromNotes(t.db, { coachId: coach.id, bookingId: session.id, input: { lines: ["Not in the notes"] } })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createActionItemsFromNotes(t.db, { coachId: coach.id, bookingId: session.id, input: { lines: [] } })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("refuses action items for a client without a plan, and another coach's session", async () => {
    const grace = await bookingOf("grace.okafor@example.com", "coaching", "completed");
    await saveSessionNotes(t.db, { coachId: coach.id, bookingId: grace.id, input: { privateNotes: "", sharedNotes: "Read the book" }, now });
    await expect(createActionItemsFromNotes(t.db, { coachId: coach.id, bookingId: grace.id, input: { lines: ["Read the book"] } })).rejects.toBeInstanceOf(NoPlanError);
    await expect(markSessionOutcome(t.db, { coachId: crypto.randomUUID(), bookingId: grace.id, outcome: "no_show", now })).rejects.toBeInstanceOf(NotFoundError);
  });
});
