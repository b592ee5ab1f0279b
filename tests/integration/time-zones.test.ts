// Each person reads times in their own zone: a client's account takes the zone they booked from,
// they can change it, and their coming sessions (emails, reminders, manage page) follow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { bookSlot, getSlotsForType, sendBookingReminders } from "@/lib/booking";
import { InvalidInputError } from "@/lib/errors";
import { grantPortalAccess } from "@/lib/crm/portal-access";
import { setClientTimeZone } from "@/lib/crm/set-client-time-zone";
import { updateProfile } from "@/lib/coaching/settings";
import { createTestDb, type TestDb } from "../support/db";

const NOW = new Date("2026-11-24T10:00:00Z");
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: NOW });
});
afterAll(async () => {
  await t?.close();
});

async function bookFromLosAngeles(email: string) {
  const { slots } = await getSlotsForType(t.db, { typeSlug: "discovery", from: "2026-11-30", to: "2026-12-04", timezone: "America/Los_Angeles" }, NOW);
  const result = await bookSlot(t.db, { typeSlug: "discovery", start: slots[0].start, name: "Dana Reyes", email, timezone: "America/Los_Angeles", answers: {} }, NOW);
  const [booking] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, result.booking.id));
  return booking;
}

describe("the reader's time zone", () => {
  it("gives a new client account the zone they booked from, and moves their coming sessions when they change it", async () => {
    const booking = await bookFromLosAngeles("dana.reyes@example.com");
    const { userId } = await grantPortalAccess(t.db, { contactId: booking.contactId, coachName: "Alex Morgan", reason: "converted", secret: "test-secret-test-secret-test-secret-1234", publicUrl: "http://localhost:3000", now: NOW });
    const [user] = await t.db.select().from(s.users).where(eq(s.users.id, userId));
    expect(user.timezone).toBe("America/Los_Angeles");

    expect(await setClientTimeZone(t.db, userId, "kolkata", { now: NOW })).toBe("Asia/Kolkata");
    const [after] = await t.db.select().from(s.users).where(eq(s.users.id, userId));
    expect(after.timezone).toBe("Asia/Kolkata");
    const [moved] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, booking.id));
    expect(moved.inviteeTimezone).toBe("Asia/Kolkata");

    // The reminder the day before reads in the new zone.
    await sendBookingReminders(t.db, new Date(booking.startsAt.getTime() - 23 * 3_600_000));
    const [reminder] = await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.toAddress, "dana.reyes@example.com"), like(s.emailOutbox.kind, "booking_reminder%")));
    expect(reminder?.text).toContain("India Standard Time (Asia/Kolkata)");
  });

  it("refuses an unknown zone with a message and writes nothing", async () => {
    const [client] = await t.db.select().from(s.users).where(eq(s.users.email, "client2@example.com"));
    const before = client.timezone;
    await expect(setClientTimeZone(t.db, client.id, "Atlantis", { now: NOW })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(setClientTimeZone(t.db, client.id, "Atlantis", { now: NOW })).rejects.toMatchObject({ fieldErrors: { timezone: [expect.stringContaining("We don't know that time zone")] } });
    const [unchanged] = await t.db.select().from(s.users).where(eq(s.users.id, client.id));
    expect(unchanged.timezone).toBe(before);
  });

  it("keeps the coach's account zone with their profile's", async () => {
    const [coach] = await t.db.select().from(s.coaches);
    await updateProfile(t.db, coach.id, { displayName: coach.displayName, timezone: "America/Chicago" });
    const [user] = await t.db.select().from(s.users).where(eq(s.users.id, coach.userId));
    expect(user.timezone).toBe("America/Chicago");
  });
});
