import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { and, eq, ne } from "drizzle-orm";
import * as s from "@/db/schema";
import { bookSlot, handleCreateBookingRequest, NoCreditError, rescheduleBooking, SlotUnavailableError } from "@/lib/booking";
import { createTestDb, type TestDb } from "../support/db";
import { count, liveBookingsAt, NOW, overlappingLivePairs, person, seedPractice, slotsOn } from "./booking.fixture";

let t: TestDb;
let coach: s.Coach;
beforeAll(async () => {
  t = await createTestDb();
  coach = await seedPractice(t.db);
  // A second public type of another length, so overlapping slots of different lengths exist.
  await t.db.insert(s.meetingTypes).values({ coachId: coach.id, slug: "deep-dive", name: "Deep dive", kind: "other", durationMinutes: 90, visibility: "public" });
});
afterAll(async () => {
  await t?.close();
});

function bookingRequest(body: unknown, ip: string) {
  return new Request("http://localhost/api/bookings", { method: "POST", headers: { "content-type": "application/json", [CLIENT_IP_HEADER]: ip }, body: JSON.stringify(body) });
}

describe(`concurrent booking (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("50 requests for the same slot: exactly one 201, the rest 409, one row", async () => {
    const [start] = await slotsOn(t.db, "discovery", "2027-03-09");
    const bookingsBefore = await count(t.db, s.bookings);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        handleCreateBookingRequest(t.db, bookingRequest({ type: "discovery", start: start.toISOString(), ...person(i) }, `198.51.100.${i}`), NOW),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((x) => x === 201)).toHaveLength(1);
    expect(statuses.filter((x) => x === 409)).toHaveLength(49);
    expect(await liveBookingsAt(t.db, start)).toHaveLength(1);
    expect(await count(t.db, s.bookings)).toBe(bookingsBefore + 1);
    // Only the winner became a contact.
    const losers = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "visitor49@example.com"));
    const winner = (await responses.find((r) => r.status === 201)!.json()) as { id: string };
    const [row] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, winner.id));
    expect(losers.length === 0 || losers[0].id === row.contactId).toBe(true);
  });

  it("overlapping slots of different lengths booked at once never give two live overlapping rows", async () => {
    for (const date of ["2027-03-10", "2027-03-11"]) {
      const thirty = await slotsOn(t.db, "discovery", date);
      const ninety = await slotsOn(t.db, "deep-dive", date);
      const attempts = [...thirty.slice(0, 8).map((start) => ["discovery", start] as const), ...ninety.slice(0, 6).map((start) => ["deep-dive", start] as const)];
      const results = await Promise.allSettled(
        attempts.flatMap(([typeSlug, start], i) => [0, 1].map((k) => bookSlot(t.db, { ...person(100 + i * 2 + k), typeSlug, start }, NOW))),
      );
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(SlotUnavailableError);
      expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    }
    expect(await overlappingLivePairs(t.db)).toEqual([]);
    // The buffer after each booking holds too: no live booking starts within 15 minutes of another's end.
    const live = await t.db.select().from(s.bookings).where(and(eq(s.bookings.coachId, coach.id), ne(s.bookings.status, "cancelled")));
    const gaps = live.flatMap((a) => live.filter((b) => b.id !== a.id && b.startsAt >= a.endsAt).map((b) => b.startsAt.getTime() - a.endsAt.getTime()));
    expect(gaps.every((g) => g >= 15 * 60_000)).toBe(true);
  });

  it("a reschedule racing a new booking of its target slot: one wins cleanly", async () => {
    const slots = await slotsOn(t.db, "discovery", "2027-03-12");
    for (let round = 0; round < 3; round++) {
      const from = slots[round * 4];
      const target = slots[round * 4 + 2];
      const original = await bookSlot(t.db, { ...person(300 + round), typeSlug: "discovery", start: from }, NOW);
      const [moved, fresh] = await Promise.allSettled([
        rescheduleBooking(t.db, { token: original.manageToken, newStart: target, actor: "invitee", now: NOW }),
        bookSlot(t.db, { ...person(400 + round), typeSlug: "discovery", start: target }, NOW),
      ]);
      expect([moved.status, fresh.status].filter((x) => x === "fulfilled")).toHaveLength(1);
      const loser = moved.status === "rejected" ? moved : (fresh as PromiseRejectedResult);
      expect(loser.reason).toBeInstanceOf(SlotUnavailableError);
      expect(await liveBookingsAt(t.db, target)).toHaveLength(1);
      const [originalRow] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, original.booking.id));
      // A lost reschedule leaves the original booking exactly as it was.
      expect(originalRow.status).toBe(moved.status === "fulfilled" ? "cancelled" : "confirmed");
      expect(originalRow.manageTokenHash === null).toBe(moved.status === "fulfilled");
    }
    expect(await overlappingLivePairs(t.db)).toEqual([]);
  });

  it("20 credit bookings at once with one credit left: exactly one booking, no credit left", async () => {
    const [client] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    const [purchase] = await t.db.select().from(s.purchases).where(eq(s.purchases.contactId, client.id));
    await t.db.update(s.purchases).set({ sessionsRemaining: 1 }).where(eq(s.purchases.id, purchase.id));
    const days = ["2027-03-15", "2027-03-16", "2027-03-17", "2027-03-18", "2027-03-19"];
    const starts: Date[] = [];
    for (const day of days) {
      const free = await slotsOn(t.db, "coaching-session", day, NOW, { includeClientTypes: true });
      starts.push(...free.filter((_, i) => i % 3 === 0).slice(0, 4));
    }
    expect(starts.length).toBeGreaterThanOrEqual(20);
    const before = await count(t.db, s.bookings);
    const results = await Promise.allSettled(
      starts.slice(0, 20).map((start) =>
        bookSlot(t.db, { typeSlug: "coaching-session", start, name: client.name, email: client.email, timezone: "Europe/London", contactId: client.id, useCredit: true, actor: "client" }, NOW),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(NoCreditError);
    expect(await count(t.db, s.bookings)).toBe(before + 1);
    const [after] = await t.db.select().from(s.purchases).where(eq(s.purchases.id, purchase.id));
    expect(after.sessionsRemaining).toBe(0);
  });

  it("the daily cap holds when a day's last places are booked at once (bookings lock per coach and day)", async () => {
    await t.db.update(s.coaches).set({ dailyCap: 2 }).where(eq(s.coaches.id, coach.id));
    try {
      // Spaced two hours apart, so only the cap can refuse them.
      const starts = (await slotsOn(t.db, "discovery", "2027-03-22")).filter((_, i) => i % 4 === 0);
      expect(starts.length).toBeGreaterThanOrEqual(4);
      const results = await Promise.allSettled(starts.map((start, i) => bookSlot(t.db, { ...person(500 + i), typeSlug: "discovery", start }, NOW)));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(SlotUnavailableError);
    } finally {
      await t.db.update(s.coaches).set({ dailyCap: null }).where(eq(s.coaches.id, coach.id));
    }
  });

  it("buffers hold across midnight: the last slot of a day and the first of the next, booked at once", async () => {
    // Late hours on three nights: 23:00-24:00, then 00:00-01:00 the next morning (London).
    const nights = [["2027-03-23", "2027-03-24"], ["2027-03-25", "2027-03-26"], ["2027-03-29", "2027-03-30"]];
    await t.db.insert(s.availabilityOverrides).values(
      nights.flatMap(([evening, morning]) => [
        { coachId: coach.id, date: evening, ranges: [{ start: "23:00", end: "24:00" }] },
        { coachId: coach.id, date: morning, ranges: [{ start: "00:00", end: "01:00" }] },
      ]),
    );
    for (const [evening, morning] of nights) {
      const late = (await slotsOn(t.db, "discovery", evening)).at(-1)!;
      const early = (await slotsOn(t.db, "discovery", morning))[0];
      // 23:30-24:00 and 00:00-00:30: only the 15-minute buffer between them keeps them apart.
      expect(early.getTime() - late.getTime()).toBe(30 * 60_000);
      const results = await Promise.allSettled([
        bookSlot(t.db, { ...person(600), typeSlug: "discovery", start: late }, NOW),
        bookSlot(t.db, { ...person(601), typeSlug: "discovery", start: early }, NOW),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(loser.reason).toBeInstanceOf(SlotUnavailableError);
    }
  });
});
