import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import {
  bookSlot,
  BookingNotChangeableError,
  cancelBooking,
  CreditRequiredError,
  findBooking,
  getCalendarFeed,
  hashToken,
  MeetingTypeNotFoundError,
  regenerateCalendarFeedToken,
  rescheduleBooking,
  sendBookingReminders,
  SlotUnavailableError,
} from "@/lib/booking";
import { createTestDb, type TestDb } from "../support/db";
import { count, NOW, person, seedPractice, slotsOn } from "./booking.fixture";

let t: TestDb;
let coach: s.Coach;
beforeAll(async () => {
  t = await createTestDb();
  coach = await seedPractice(t.db);
});
afterAll(async () => {
  await t?.close();
});

const HOUR = 3_600_000;

describe(`booking lifecycle (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("books a discovery call: contact, booking, timeline and two emails, in one go", async () => {
    const [start] = await slotsOn(t.db, "discovery", "2027-03-10");
    const before = await count(t.db, s.emailOutbox);
    const result = await bookSlot(
      t.db,
      { typeSlug: "discovery", start, name: "Riley Fox", email: "Riley.Fox@Example.com", timezone: "America/New_York", source: "job-vs-career", answers: { situation: "In a job", horizon: "5+ years", goals: "A plan", stray: "dropped" } },
      NOW,
    );
    expect(result.manageUrl).toMatch(/\/booking\/[A-Za-z0-9_-]{43}$/);
    expect(result.booking.manageTokenHash).toBe(hashToken(result.manageToken));
    expect(result.booking.intakeAnswers).toEqual({ situation: "In a job", horizon: "5+ years", goals: "A plan" });
    expect(result.booking.endsAt.getTime() - start.getTime()).toBe(30 * 60_000);

    const [contact] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "riley.fox@example.com"));
    expect(contact.stage).toBe("discovery_booked");
    expect(contact.source).toBe("job-vs-career");
    const kinds = (await t.db.select().from(s.activities).where(eq(s.activities.contactId, contact.id))).map((a) => a.kind).sort();
    expect(kinds).toEqual(["booked", "contact_created"]);

    const mail = await t.db.select().from(s.emailOutbox);
    expect(mail.length - before).toBe(2);
    const confirmation = mail.find((m) => m.toAddress === "riley.fox@example.com")!;
    expect(confirmation.subject).toContain("Confirmed");
    expect(confirmation.html).toContain(result.manageUrl);
    // Shown in the invitee's zone: 2027-03-10 is before the US change, so London 09:00 is 04:00 in New York.
    expect(confirmation.text).toMatch(/Wednesday, 10 March 2027, 04:00–04:30 Eastern Standard Time \(America\/New_York\)/);
    const ics = Buffer.from(confirmation.attachments[0].content, "base64").toString("utf8");
    expect(confirmation.attachments[0].filename).toBe("invite.ics");
    expect(ics).toContain(`UID:booking-${result.booking.id}@ambit`);
    expect(ics).toContain(`DTSTART:${start.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`);
    const coachMail = mail.find((m) => m.toAddress === "coach@example.com" && m.subject.startsWith("New booking"))!;
    expect(coachMail.text).toContain("5+ years");
    expect(coachMail.text).toContain("job-vs-career");
  });

  it("a client booking a discovery call again stays a client", async () => {
    const [start] = await slotsOn(t.db, "discovery", "2027-03-11");
    await bookSlot(t.db, { typeSlug: "discovery", start, name: "Jordan Lee", email: "client@example.com", timezone: "Europe/London" }, NOW);
    const [contact] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    expect(contact.stage).toBe("client");
  });

  it("refuses what the rules refuse, and writes nothing", async () => {
    const counts = async () => [await count(t.db, s.bookings), await count(t.db, s.contacts), await count(t.db, s.emailOutbox), await count(t.db, s.activities)];
    const before = await counts();
    const p = { ...person(900), typeSlug: "discovery" };
    const [slot] = await slotsOn(t.db, "discovery", "2027-03-12");
    await expect(bookSlot(t.db, { ...p, start: new Date("2027-03-13T10:00:00Z") }, NOW)).rejects.toBeInstanceOf(SlotUnavailableError); // Saturday
    await expect(bookSlot(t.db, { ...p, start: new Date(slot.getTime() + 60_000) }, NOW)).rejects.toBeInstanceOf(SlotUnavailableError); // off the grid
    await expect(bookSlot(t.db, { ...p, start: new Date(NOW.getTime() + HOUR) }, NOW)).rejects.toBeInstanceOf(SlotUnavailableError); // inside notice
    await expect(bookSlot(t.db, { ...p, start: new Date("2027-06-01T09:00:00Z") }, NOW)).rejects.toBeInstanceOf(SlotUnavailableError); // beyond window
    await expect(bookSlot(t.db, { ...p, typeSlug: "nope", start: slot }, NOW)).rejects.toBeInstanceOf(MeetingTypeNotFoundError);
    await expect(bookSlot(t.db, { ...p, typeSlug: "coaching-session", start: slot }, NOW)).rejects.toBeInstanceOf(CreditRequiredError);
    // The buffer after a booking: the slot right after the one taken above on 2027-03-10 is not free.
    const [taken] = await t.db.select().from(s.bookings).where(eq(s.bookings.inviteeTimezone, "America/New_York")).orderBy(s.bookings.createdAt).limit(1);
    await expect(bookSlot(t.db, { ...p, start: taken.endsAt }, NOW)).rejects.toBeInstanceOf(SlotUnavailableError);
    expect(await counts()).toEqual(before);
  });

  it("reschedules by the manage link: the old row is cancelled, the token moves, an old link cannot make a second booking", async () => {
    const [a, b, c] = await slotsOn(t.db, "discovery", "2027-03-15").then((x) => [x[0], x[4], x[8]]);
    const first = await bookSlot(t.db, { ...person(1), typeSlug: "discovery", start: a }, NOW);
    const moved = await rescheduleBooking(t.db, { token: first.manageToken, newStart: b, actor: "invitee", now: NOW });
    expect(moved.previous.status).toBe("cancelled");
    expect(moved.previous.manageTokenHash).toBeNull();
    expect(moved.booking.rescheduledFromId).toBe(first.booking.id);
    expect(moved.booking.manageTokenHash).toBe(hashToken(first.manageToken));
    expect((await findBooking(t.db, { token: first.manageToken }))!.booking.id).toBe(moved.booking.id);

    // The same link again moves the one live booking; it never adds another.
    const again = await rescheduleBooking(t.db, { token: first.manageToken, newStart: c, actor: "invitee", now: NOW });
    const live = await t.db.select().from(s.bookings).where(and(eq(s.bookings.contactId, first.booking.contactId), eq(s.bookings.status, "confirmed")));
    expect(live.map((x) => x.id)).toEqual([again.booking.id]);
    // The replaced row can't be moved by id either.
    await expect(rescheduleBooking(t.db, { bookingId: first.booking.id, newStart: a, actor: "coach", now: NOW })).rejects.toBeInstanceOf(BookingNotChangeableError);
    const kinds = (await t.db.select().from(s.activities).where(eq(s.activities.contactId, first.booking.contactId))).map((x) => x.kind);
    expect(kinds.filter((k) => k === "rescheduled")).toHaveLength(2);
    const mails = await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.kind, "booking_rescheduled"));
    expect(mails.length).toBeGreaterThanOrEqual(2);
  });

  it("the coach can move a booking by id; the prospect's old link keeps working", async () => {
    const [a, b] = await slotsOn(t.db, "discovery", "2027-03-24").then((x) => [x[0], x[5]]);
    const booked = await bookSlot(t.db, { ...person(7), typeSlug: "discovery", start: a }, NOW);
    const moved = await rescheduleBooking(t.db, { bookingId: booked.booking.id, coachId: coach.id, newStart: b, actor: "coach", now: NOW });
    expect((await findBooking(t.db, { token: booked.manageToken }))!.booking.id).toBe(moved.booking.id);
    const [mail] = await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.toAddress, "visitor7@example.com"), eq(s.emailOutbox.kind, "booking_rescheduled")));
    expect(mail.text).toContain("use the link in your first confirmation email");
  });

  it("cannot change a booking once it has started", async () => {
    const [a] = await slotsOn(t.db, "discovery", "2027-03-16");
    const booked = await bookSlot(t.db, { ...person(2), typeSlug: "discovery", start: a }, NOW);
    const later = new Date(a.getTime() + 60_000);
    await expect(cancelBooking(t.db, { token: booked.manageToken, actor: "invitee", now: later })).rejects.toBeInstanceOf(BookingNotChangeableError);
    await expect(rescheduleBooking(t.db, { token: booked.manageToken, newStart: new Date(a.getTime() + 2 * 86_400_000), actor: "invitee", now: later })).rejects.toBeInstanceOf(BookingNotChangeableError);
  });

  it("cancelling frees the time, tells both sides, and a second cancel is refused", async () => {
    const [a] = await slotsOn(t.db, "discovery", "2027-03-17");
    const booked = await bookSlot(t.db, { ...person(3), typeSlug: "discovery", start: a }, NOW);
    const { booking } = await cancelBooking(t.db, { token: booked.manageToken, reason: "Found a job", actor: "invitee", now: NOW });
    expect(booking.status).toBe("cancelled");
    expect(booking.cancelReason).toBe("Found a job");
    expect(await slotsOn(t.db, "discovery", "2027-03-17")).toContainEqual(a);
    const sent = await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.kind, "booking_cancelled"));
    expect(sent.some((m) => m.toAddress === "visitor3@example.com" && m.attachments[0]?.filename === "cancel.ics")).toBe(true);
    await expect(cancelBooking(t.db, { token: booked.manageToken, actor: "invitee", now: NOW })).rejects.toBeInstanceOf(BookingNotChangeableError);
  });

  it("coach and portal scopes: an id from elsewhere finds nothing", async () => {
    const [a] = await slotsOn(t.db, "discovery", "2027-03-18");
    const booked = await bookSlot(t.db, { ...person(4), typeSlug: "discovery", start: a }, NOW);
    const [other] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client2@example.com"));
    expect(await findBooking(t.db, { bookingId: booked.booking.id, contactId: other.id })).toBeNull();
    expect(await findBooking(t.db, { bookingId: booked.booking.id, coachId: coach.id })).not.toBeNull();
    expect(await findBooking(t.db, { token: "not-a-token" })).toBeNull();
  });

  it("credits: a client books with a credit; cancelling 24 h ahead returns it, later does not", async () => {
    const [client] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client2@example.com"));
    const [purchase] = await t.db.select().from(s.purchases).where(eq(s.purchases.contactId, client.id));
    const remaining = purchase.sessionsRemaining;
    const slots = await slotsOn(t.db, "coaching-session", "2027-03-19", NOW, { includeClientTypes: true });
    const input = { typeSlug: "coaching-session", name: client.name, email: client.email, timezone: "America/New_York", contactId: client.id, useCredit: true };
    const early = await bookSlot(t.db, { ...input, start: slots[0] }, NOW);
    expect(early.booking.purchaseId).toBe(purchase.id);
    const late = await bookSlot(t.db, { ...input, start: slots[6] }, NOW);
    const credits = async () => (await t.db.select().from(s.purchases).where(eq(s.purchases.id, purchase.id)))[0].sessionsRemaining;
    expect(await credits()).toBe(remaining - 2);

    const first = await cancelBooking(t.db, { bookingId: early.booking.id, contactId: client.id, actor: "client", now: NOW });
    expect(first.creditReturned).toBe(true);
    expect(await credits()).toBe(remaining - 1);
    const lateNow = new Date(late.booking.startsAt.getTime() - 23 * HOUR);
    const second = await cancelBooking(t.db, { bookingId: late.booking.id, contactId: client.id, actor: "client", now: lateNow });
    expect(second.creditReturned).toBe(false);
    expect(await credits()).toBe(remaining - 1);
  });

  it("one notice rule: a credit session cannot be moved out of the last 24 h and then cancelled for the credit", async () => {
    const [client] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client2@example.com"));
    const [purchase] = await t.db.select().from(s.purchases).where(eq(s.purchases.contactId, client.id));
    await t.db.update(s.purchases).set({ sessionsRemaining: purchase.sessionsTotal }).where(eq(s.purchases.id, purchase.id));
    const credits = async () => (await t.db.select().from(s.purchases).where(eq(s.purchases.id, purchase.id)))[0].sessionsRemaining;
    const input = { typeSlug: "coaching-session", name: client.name, email: client.email, timezone: "America/New_York", contactId: client.id, useCredit: true };
    const [start] = await slotsOn(t.db, "coaching-session", "2027-03-24", NOW, { includeClientTypes: true });
    const [later] = await slotsOn(t.db, "coaching-session", "2027-03-29", NOW, { includeClientTypes: true });
    const booked = await bookSlot(t.db, { ...input, start }, NOW);
    const afterBooking = await credits();
    const lateNow = new Date(start.getTime() - 2 * HOUR);

    // Moving it three days out would make a later cancellation look early: refused, nothing changes.
    await expect(rescheduleBooking(t.db, { bookingId: booked.booking.id, contactId: client.id, newStart: later, actor: "client", now: lateNow })).rejects.toThrow(
      /less than 24 hours/,
    );
    const [unchanged] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, booked.booking.id));
    expect(unchanged.status).toBe("confirmed");
    expect(unchanged.startsAt).toEqual(start);
    const cancelled = await cancelBooking(t.db, { bookingId: booked.booking.id, contactId: client.id, actor: "client", now: lateNow });
    expect(cancelled.creditReturned).toBe(false);
    expect(await credits()).toBe(afterBooking);

    // Early enough, the client may move it; the coach may move a session at any time.
    const second = await bookSlot(t.db, { ...input, start }, NOW);
    const moved = await rescheduleBooking(t.db, { bookingId: second.booking.id, contactId: client.id, newStart: later, actor: "client", now: NOW });
    const [laterStill] = await slotsOn(t.db, "coaching-session", "2027-03-31", NOW, { includeClientTypes: true });
    const coachMoved = await rescheduleBooking(t.db, { bookingId: moved.booking.id, coachId: coach.id, newStart: laterStill, actor: "coach", now: new Date(later.getTime() - 2 * HOUR) });
    expect(coachMoved.booking.startsAt).toEqual(laterStill);
  });

  it("reminders go out 24 h and 1 h before, once each, never for a cancelled booking", async () => {
    const [a, b] = await slotsOn(t.db, "discovery", "2027-03-22").then((x) => [x[0], x[6]]);
    const kept = await bookSlot(t.db, { ...person(5), typeSlug: "discovery", start: a }, NOW);
    const dropped = await bookSlot(t.db, { ...person(6), typeSlug: "discovery", start: b }, NOW);
    await cancelBooking(t.db, { bookingId: dropped.booking.id, actor: "coach", now: NOW });
    const reminders = async () =>
      (await t.db.select().from(s.emailOutbox)).filter((m) => m.kind.startsWith("booking_reminder") && (m.toAddress === "visitor5@example.com" || m.toAddress === "visitor6@example.com"));

    await sendBookingReminders(t.db, new Date(a.getTime() - 25 * HOUR));
    expect(await reminders()).toHaveLength(0);
    const at24 = new Date(a.getTime() - 24 * HOUR + 60_000);
    const results = await Promise.all([sendBookingReminders(t.db, at24), sendBookingReminders(t.db, at24)]);
    await sendBookingReminders(t.db, new Date(at24.getTime() + 60_000));
    expect(results.reduce((x, y) => x + y, 0)).toBe(1);
    expect((await reminders()).map((m) => m.kind)).toEqual(["booking_reminder_24h"]);
    const at1 = new Date(a.getTime() - HOUR + 60_000);
    await sendBookingReminders(t.db, at1);
    await sendBookingReminders(t.db, at1);
    const all = await reminders();
    expect(all.map((m) => m.kind).sort()).toEqual(["booking_reminder_1h", "booking_reminder_24h"]);
    expect(all.every((m) => m.toAddress === "visitor5@example.com" && m.dedupeKey?.endsWith(kept.booking.id))).toBe(true);
  });

  it("the calendar feed answers only to the newest secret token", async () => {
    const first = await regenerateCalendarFeedToken(t.db, coach.id);
    const feed = await getCalendarFeed(t.db, first, NOW);
    expect(feed).toContain("BEGIN:VCALENDAR");
    expect(feed).toMatch(/UID:booking-[0-9a-f-]{36}@ambit/);
    const [row] = await t.db.select().from(s.coaches).where(eq(s.coaches.id, coach.id));
    expect(row.calendarTokenHash).toBe(hashToken(first));
    const second = await regenerateCalendarFeedToken(t.db, coach.id);
    expect(await getCalendarFeed(t.db, first, NOW)).toBeNull();
    expect(await getCalendarFeed(t.db, second, NOW)).toContain("BEGIN:VEVENT");
    expect(await getCalendarFeed(t.db, "junk", NOW)).toBeNull();
  });
});
