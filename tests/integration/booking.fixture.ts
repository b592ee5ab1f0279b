// Shared set-up for the booking integration tests: a seeded practice at a fixed `now`.
import { and, eq, ne, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import type { Db } from "@/db/client";
import { getSlotsForType } from "@/lib/booking";

// A Monday morning in London (GMT), well before the spring clock change.
export const NOW = new Date("2027-03-01T08:00:00Z");

export async function seedPractice(db: Db) {
  await seedDemoData(db, { now: NOW });
  const [coach] = await db.select().from(s.coaches);
  return coach;
}

/** Free slots of a meeting type on one London day, as instants. */
export async function slotsOn(db: Db, typeSlug: string, date: string, now = NOW, opts: { includeClientTypes?: boolean } = {}) {
  const { slots } = await getSlotsForType(db, { typeSlug, from: date, to: date, timezone: "Europe/London", includeClientTypes: opts.includeClientTypes }, now);
  return slots.map((x) => x.start);
}

export async function count(db: Db, table: typeof s.bookings | typeof s.contacts | typeof s.emailOutbox | typeof s.activities | typeof s.purchases) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row.n;
}

/** Pairs of live bookings of one coach whose times overlap (must always be empty). */
export async function overlappingLivePairs(db: Db) {
  const a = s.bookings;
  const rows = await db.execute(sql`
    select x.id as a, y.id as b from ${a} x join ${a} y
      on x.coach_id = y.coach_id and x.id < y.id
     and x.status <> 'cancelled' and y.status <> 'cancelled'
     and tstzrange(x.starts_at, x.ends_at, '[)') && tstzrange(y.starts_at, y.ends_at, '[)')`);
  return Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
}

export async function liveBookingsAt(db: Db, start: Date) {
  return db.select().from(s.bookings).where(and(eq(s.bookings.startsAt, start), ne(s.bookings.status, "cancelled")));
}

export function person(i: number) {
  return { name: `Visitor ${i}`, email: `visitor${i}@example.com`, timezone: "America/New_York" };
}
