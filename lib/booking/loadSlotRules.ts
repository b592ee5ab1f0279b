import { and, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { availabilityOverrides, availabilityRules, bookings, meetingTypes, type Coach, type MeetingType } from "@/db/schema";
import type { SlotRulesQuery, Weekday } from "@/lib/scheduling";

const DAY_MS = 86_400_000;

/** An active meeting type of the coach; `publicOnly` hides the ones reserved for clients. */
export async function findMeetingType(db: Db, coachId: string, slug: string, opts: { publicOnly: boolean }): Promise<MeetingType | null> {
  const [type] = await db
    .select()
    .from(meetingTypes)
    .where(and(eq(meetingTypes.coachId, coachId), eq(meetingTypes.slug, slug), eq(meetingTypes.active, true)));
  if (!type || (opts.publicOnly && type.visibility !== "public")) return null;
  return type;
}

/**
 * Everything the slot engine needs about one coach and meeting type, read fresh: weekly hours,
 * overrides and the live bookings that can matter between `now` and the end of the window.
 * `ignoreBookingId` leaves out the booking being moved, so it does not block its own new time.
 */
export async function loadSlotRules(db: Db, coach: Coach, type: MeetingType, now: Date, opts: { ignoreBookingId?: string } = {}): Promise<SlotRulesQuery> {
  const horizonStart = new Date(now.getTime() - 2 * DAY_MS);
  const horizonEnd = new Date(now.getTime() + (coach.windowDays + 2) * DAY_MS);
  const [weekly, overrides, busy] = await Promise.all([
    db.select().from(availabilityRules).where(eq(availabilityRules.coachId, coach.id)),
    db
      .select()
      .from(availabilityOverrides)
      .where(and(eq(availabilityOverrides.coachId, coach.id), gte(availabilityOverrides.date, horizonStart.toISOString().slice(0, 10)))),
    db
      .select({ start: bookings.startsAt, end: bookings.endsAt })
      .from(bookings)
      .where(
        and(
          eq(bookings.coachId, coach.id),
          ne(bookings.status, "cancelled"),
          gte(bookings.endsAt, horizonStart),
          lte(bookings.startsAt, horizonEnd),
          opts.ignoreBookingId ? ne(bookings.id, opts.ignoreBookingId) : sql`true`,
        ),
      ),
  ]);
  return {
    coachTimeZone: coach.timezone,
    weekly: weekly.map((r) => ({ weekday: r.weekday as Weekday, start: r.startTime, end: r.endTime })),
    overrides: overrides.map((o) => ({ date: o.date, ranges: o.ranges })),
    rules: {
      minNoticeMinutes: coach.minNoticeMinutes,
      bufferBeforeMinutes: coach.bufferBeforeMinutes,
      bufferAfterMinutes: coach.bufferAfterMinutes,
      windowDays: coach.windowDays,
      dailyCap: coach.dailyCap,
      slotIntervalMinutes: coach.slotIntervalMinutes,
    },
    durationMinutes: type.durationMinutes,
    busy,
    now,
  };
}

/**
 * Serialises booking writes for one coach until the transaction ends, so the rules that span
 * several rows (buffers, the daily cap) hold under concurrency. The exclusion constraint still
 * guards overlap on its own. An advisory lock touches no row, so nothing else waits on it.
 */
export async function lockCoachSchedule(tx: Db, coachId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ambit-booking:${coachId}`}, 0))`);
}
