// Stage and session lists follow bookings; only started sessions can be marked, and a mark can be
// undone; a credit comes back within the grace period after booking. `now` is always passed in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { bookSlot, cancelBooking, getSlotsForType, rescheduleBooking } from "@/lib/booking";
import { CANCEL_GRACE_MS } from "@/lib/booking/cancel-grace";
import { getSessionsAhead } from "@/lib/coaching/dashboard";
import { getSessionForCoach, listSessions, markSessionOutcome, NOT_STARTED, stageAfterDiscoveryOutcome } from "@/lib/coaching/sessions";
import { getContactDetail } from "@/lib/crm/contact-detail";
import { moveContactStage } from "@/lib/crm/manage-contacts";
import { bookFollowUpSession } from "@/lib/booking/book-follow-up-session";
import { countClientCredits } from "@/lib/plans/sessions/count-client-credits";
import { listClientSessions } from "@/lib/plans/sessions/list-client-sessions";
import { createTestDb, type TestDb } from "../support/db";

const now = new Date("2026-11-24T10:00:00Z"); // a Tuesday
const HOUR = 3_600_000;
let t: TestDb;
let coach: s.Coach;
let jordan: s.Contact;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [coach] = await t.db.select().from(s.coaches);
  [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
});
afterAll(async () => {
  await t?.close();
});

/** Free starts of a meeting type between two days, spaced so buffers never hide the next one. */
async function freeStarts(typeSlug: string, from: string, to: string, count: number) {
  const { slots } = await getSlotsForType(t.db, { typeSlug, from, to, timezone: "Europe/London", includeClientTypes: true }, now);
  const picked = slots.filter((_, i) => i % 4 === 0).slice(0, count).map((x) => x.start);
  expect(picked.length).toBe(count);
  return picked;
}

async function contactByEmail(email: string) {
  const [row] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, email));
  return row;
}

async function bookDiscovery(email: string, start: Date, at = now) {
  return bookSlot(t.db, { typeSlug: "discovery", start, name: "Pat Prospect", email, timezone: "Europe/London" }, at);
}

describe(`stage and lists follow bookings (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a cancelled discovery call takes the contact back to lead, with the change on the timeline", async () => {
    const [start] = await freeStarts("discovery", "2026-12-01", "2026-12-04", 1);
    const { booking } = await bookDiscovery("pat@example.com", start);
    expect((await contactByEmail("pat@example.com")).stage).toBe("discovery_booked");
    await cancelBooking(t.db, { token: undefined, bookingId: booking.id, coachId: coach.id, actor: "invitee", now });
    const pat = await contactByEmail("pat@example.com");
    expect(pat.stage).toBe("lead");
    const [last] = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, pat.id), eq(s.activities.kind, "stage_changed"))).orderBy(desc(s.activities.createdAt));
    expect(last.data).toEqual({ from: "discovery_booked", to: "lead" });
  });

  it("keeps a stage the coach moved on, and keeps discovery booked while another call is booked", async () => {
    const [a, b, c] = await freeStarts("discovery", "2026-12-07", "2026-12-11", 3);
    const first = await bookDiscovery("quinn@example.com", a);
    const quinn = await contactByEmail("quinn@example.com");
    await moveContactStage(t.db, coach.id, quinn.id, "proposal", now);
    await cancelBooking(t.db, { bookingId: first.booking.id, coachId: coach.id, actor: "coach", now });
    expect((await contactByEmail("quinn@example.com")).stage).toBe("proposal");

    const one = await bookDiscovery("robin@example.com", b);
    await bookDiscovery("robin@example.com", c);
    await cancelBooking(t.db, { bookingId: one.booking.id, coachId: coach.id, actor: "invitee", now });
    expect((await contactByEmail("robin@example.com")).stage).toBe("discovery_booked");
  });

  it("a rescheduled booking reads as moved, and cancelled sessions leave Upcoming for coach and client", async () => {
    const [a, b, c] = await freeStarts("coaching-session", "2026-12-14", "2026-12-18", 3);
    const booked = await bookFollowUpSession(t.db, { contactId: jordan.id, start: a, timezone: "Europe/London" }, now);
    const { booking: moved } = await rescheduleBooking(t.db, { bookingId: booked.booking.id, contactId: jordan.id, newStart: b, actor: "client", now });
    const toCancel = await bookFollowUpSession(t.db, { contactId: jordan.id, start: c, timezone: "Europe/London" }, now);
    await cancelBooking(t.db, { bookingId: toCancel.booking.id, contactId: jordan.id, actor: "client", now });

    const coachUpcoming = await listSessions(t.db, coach.id, { when: "upcoming" }, now);
    expect(coachUpcoming.map((x) => x.id)).toContain(moved.id);
    expect(coachUpcoming.map((x) => x.id)).not.toContain(booked.booking.id);
    expect(coachUpcoming.map((x) => x.id)).not.toContain(toCancel.booking.id);
    expect(coachUpcoming.every((x) => x.status !== "cancelled")).toBe(true);
    // Asked for by status, cancelled ones are listed, the moved one with its successor.
    const cancelled = await listSessions(t.db, coach.id, { when: "upcoming", status: "cancelled" }, now);
    expect(cancelled.find((x) => x.id === booked.booking.id)?.movedToId).toBe(moved.id);
    expect(cancelled.find((x) => x.id === toCancel.booking.id)?.movedToId).toBeNull();
    expect((await getSessionForCoach(t.db, coach.id, booked.booking.id)).movedToId).toBe(moved.id);

    const client = await listClientSessions(t.db, jordan.id, now);
    expect(client.upcoming.map((x) => x.id)).toContain(moved.id);
    expect(client.upcoming.some((x) => x.status === "cancelled")).toBe(false);
    expect(client.past.find((x) => x.id === booked.booking.id)?.movedToId).toBe(moved.id);
    expect(client.past.find((x) => x.id === toCancel.booking.id)?.status).toBe("cancelled");

    const detail = await getContactDetail(t.db, coach.id, jordan.id, now);
    expect(detail.upcoming.map((x) => x.id)).not.toContain(toCancel.booking.id);
    expect(detail.past.find((x) => x.id === booked.booking.id)?.movedToId).toBe(moved.id);
    expect((await getSessionsAhead(t.db, coach, now, 30)).map((x) => x.id)).not.toContain(toCancel.booking.id);
  });
});

describe("marking how a session went", () => {
  it("refuses to mark a session that has not started, and writes nothing", async () => {
    const [start] = await freeStarts("discovery", "2026-12-21", "2026-12-23", 1);
    const { booking } = await bookDiscovery("sky@example.com", start);
    for (const outcome of ["completed", "no_show"] as const) {
      await expect(markSessionOutcome(t.db, { coachId: coach.id, bookingId: booking.id, outcome, now })).rejects.toThrow(NOT_STARTED);
      // One minute before the start is still too early.
      await expect(markSessionOutcome(t.db, { coachId: coach.id, bookingId: booking.id, outcome, now: new Date(start.getTime() - 60_000) })).rejects.toThrow(NOT_STARTED);
    }
    const [row] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, booking.id));
    expect(row.status).toBe("confirmed");
    expect((await contactByEmail("sky@example.com")).stage).toBe("discovery_booked");

    // Once it has started it can be marked, and the mark undone: status and stage come back.
    const started = new Date(start.getTime() + 5 * 60_000);
    expect(await markSessionOutcome(t.db, { coachId: coach.id, bookingId: booking.id, outcome: "completed", now: started })).toBe("completed");
    expect((await contactByEmail("sky@example.com")).stage).toBe("discovery_done");
    expect(await markSessionOutcome(t.db, { coachId: coach.id, bookingId: booking.id, outcome: "no_show", now: started })).toBe("no_show");
    expect((await contactByEmail("sky@example.com")).stage).toBe("lead");
    expect(await markSessionOutcome(t.db, { coachId: coach.id, bookingId: booking.id, outcome: "confirmed", now: started })).toBe("confirmed");
    const [after] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, booking.id));
    expect(after.status).toBe("confirmed");
    const sky = await contactByEmail("sky@example.com");
    expect(sky.stage).toBe("discovery_booked");
    const kinds = (await t.db.select().from(s.activities).where(eq(s.activities.contactId, sky.id))).map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(["completed", "no_show", "outcome_undone"]));
  });

  it("leaves a stage the coach set by hand when a mark is undone", () => {
    expect(stageAfterDiscoveryOutcome("client", "completed", "confirmed")).toBe("client");
    expect(stageAfterDiscoveryOutcome("proposal", "no_show", "completed")).toBe("proposal");
    expect(stageAfterDiscoveryOutcome("discovery_done", "completed", "confirmed")).toBe("discovery_booked");
    expect(stageAfterDiscoveryOutcome("discovery_booked", "confirmed", "completed")).toBe("discovery_done");
  });
});

describe("credits and the grace period", () => {
  it("returns the credit for a late cancel made within the grace period after booking, not after it", async () => {
    const [sam] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client2@example.com"));
    // Two sessions starting within 24 hours of when they are cancelled.
    const [a, b] = await freeStarts("coaching-session", "2026-12-28", "2026-12-30", 2);
    const before = await countClientCredits(t.db, sam.id, now);
    const bookedAt = new Date(a.getTime() - 10 * HOUR);
    const first = await bookFollowUpSession(t.db, { contactId: sam.id, start: a, timezone: "Europe/London" }, bookedAt);
    const inGrace = await cancelBooking(t.db, { bookingId: first.booking.id, contactId: sam.id, actor: "client", now: new Date(bookedAt.getTime() + CANCEL_GRACE_MS) });
    expect(inGrace.creditReturned).toBe(true);
    expect(await countClientCredits(t.db, sam.id, now)).toBe(before);

    const secondAt = new Date(b.getTime() - 10 * HOUR);
    const second = await bookFollowUpSession(t.db, { contactId: sam.id, start: b, timezone: "Europe/London" }, secondAt);
    const late = await cancelBooking(t.db, { bookingId: second.booking.id, contactId: sam.id, actor: "client", now: new Date(secondAt.getTime() + CANCEL_GRACE_MS + 1000) });
    expect(late.creditReturned).toBe(false);
    expect(await countClientCredits(t.db, sam.id, now)).toBe(before - 1);
  });
});
