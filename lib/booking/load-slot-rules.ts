import { and, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { availabilityOverrides, availabilityRules, bookings, meetingTypes, type Coach, type MeetingType } from "@/db/schema";
import { getLocalDate, type SlotRulesQuery, type Weekday } from "@/lib/scheduling";

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
 * Serialises the booking writes that can affect each other, until the transaction ends, so the
 * rules spanning several rows (buffers, the daily cap) hold under concurrency; the exclusion
 * constraint still guards overlap on its own. Two bookings interact only through buffers (then
 * each one's time widened by the larger buffer meets the other) or the cap (they start on the same
 * coach-local day), so one lock per coach and coach-local day that [start - buffer, end + buffer)
 * touches is enough: such pairs always share a day. Neighbouring days are included when the
 * buffers cross midnight. Locks are taken in one statement, in the order of their keys, so two
 * writers never wait on each other in a circle. Advisory locks touch no row.
 */
export async function lockCoachSchedule(tx: Db, coach: Coach, start: Date, end: Date): Promise<void> {
  const margin = Math.max(coach.bufferBeforeMinutes, coach.bufferAfterMinutes) * 60_000;
  const first = getLocalDate(start.getTime() - margin, coach.timezone);
  const last = getLocalDate(end.getTime() + margin - 1, coach.timezone);
  const keys: string[] = [];
  for (let date = first; date <= last; date = nextDate(date)) keys.push(`ambit-booking:${coach.id}:${date}`);
  await tx.execute(sql`
    select pg_advisory_xact_lock(lock_id)
    from (select distinct hashtextextended(key, 0) as lock_id from unnest(${`{${keys.join(",")}}`}::text[]) as key order by lock_id) as locks`);
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
