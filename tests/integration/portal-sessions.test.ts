import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { cancelBooking, getSlotsForType, NoCreditError } from "@/lib/booking";
import { bookFollowUpSession, FOLLOW_UP_TYPE } from "@/lib/booking/book-follow-up-session";
import { countClientCredits } from "@/lib/plans/sessions/count-client-credits";
import { listClientSessions } from "@/lib/plans/sessions/list-client-sessions";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
let jordan: s.Contact;
const now = new Date("2026-11-24T10:00:00Z");

async function freeSlots(count: number) {
  const { slots } = await getSlotsForType(t.db, { typeSlug: FOLLOW_UP_TYPE, from: "2026-12-01", to: "2026-12-11", timezone: "Europe/London", includeClientTypes: true }, now);
  expect(slots.length).toBeGreaterThanOrEqual(count);
  // Spaced apart so the coach's buffer after a session never hides the next one.
  return slots.filter((_, i) => i % 4 === 0).slice(0, count).map((slot) => slot.start);
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
});
afterAll(async () => {
  await t?.close();
});

describe(`portal sessions (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("books a follow-up with a credit and gives it back when cancelled in time", async () => {
    expect(await countClientCredits(t.db, jordan.id)).toBe(5);
    const [start] = await freeSlots(1);
    const { booking } = await bookFollowUpSession(t.db, { contactId: jordan.id, start, timezone: "Europe/London" }, now);
    expect(booking).toMatchObject({ contactId: jordan.id, status: "confirmed" });
    expect(booking.purchaseId).not.toBeNull();
    expect(await countClientCredits(t.db, jordan.id)).toBe(4);
    const { upcoming } = await listClientSessions(t.db, jordan.id, now);
    expect(upcoming.map((x) => x.id)).toContain(booking.id);

    const result = await cancelBooking(t.db, { bookingId: booking.id, contactId: jordan.id, actor: "client", now });
    expect(result.creditReturned).toBe(true);
    expect(await countClientCredits(t.db, jordan.id)).toBe(5);
  });

  it("refuses a booking once the credits are spent, and writes nothing", async () => {
    const [sam] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client2@example.com"));
    const left = await countClientCredits(t.db, sam.id);
    const starts = await freeSlots(left + 1);
    for (const start of starts.slice(0, left)) await bookFollowUpSession(t.db, { contactId: sam.id, start, timezone: "America/New_York" }, now);
    expect(await countClientCredits(t.db, sam.id)).toBe(0);
    const before = (await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, sam.id))).length;
    await expect(bookFollowUpSession(t.db, { contactId: sam.id, start: starts[left], timezone: "America/New_York" }, now)).rejects.toBeInstanceOf(NoCreditError);
    expect((await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, sam.id))).length).toBe(before);
  });
});
