import { assertValidSlotQuery } from "./assert-valid-slot-query";
import { createSlotContext } from "./create-slot-context";
import { localDayRange } from "./local-day-range";
import type { Interval, SlotQuery } from "./types";

/*
 * How slots are computed (pure: the clock and the zones are arguments).
 *
 * - Working hours are coach-local wall times on each coach-local date: an override for a date
 *   replaces that weekday's rules (several overrides for one date add up; `ranges: []` is a day
 *   off). "24:00" ends a range at the start of the next local day.
 * - Candidate starts are range.start + k * slotIntervalMinutes on the local wall clock, converted
 *   through the coach's zone. Wall times that do not exist (spring-forward gap) are skipped; a
 *   wall time that happens twice (fall-back) means its first instant. Range ends resolve the
 *   same way (an end inside a gap is the moment the clocks jump). Every slot lasts exactly
 *   durationMinutes of real time and [start, end) lies inside the range's instants.
 * - Buffers: a slot is free iff [start - before, end + after) overlaps no busy interval and
 *   [start, end) overlaps no busy interval widened to [b.start - before, b.end + after). For
 *   non-empty intervals that is one test: [start - max, end + max) overlaps no busy interval.
 * - start >= now + minNoticeMinutes (so nothing in the past), and start <= now + windowDays
 *   calendar days in the coach's zone: the first instant the coach's clock shows now's time
 *   windowDays later (so a window across a DST change is an hour shorter or longer).
 * - Daily cap: a coach-local day on which dailyCap or more busy intervals start offers nothing.
 * - Only slots starting within the viewer-local days [from, to] are returned, sorted by start,
 *   distinct. With an interval shorter than the duration, slots overlap one another on purpose.
 * - Malformed input throws InvalidSlotQueryError.
 */
export function getAvailableSlots(q: SlotQuery): Interval[] {
  return getAvailableSlotsWithExpiry(q).slots;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * getAvailableSlots, and the last instant `now` may reach with the same answer (other inputs
 * unchanged), for caches. As time passes the answer changes only when the first offered slot
 * falls inside the minimum notice, or when the booking window's end passes a candidate in the
 * viewer's range. The window end is `windowDays` calendar days of the coach's clock after `now`,
 * which differs from `windowDays` x 24 h only by the clock changes in between: the bound below
 * keeps two hours in hand for them.
 */
export function getAvailableSlotsWithExpiry(q: SlotQuery): { slots: Interval[]; unchangedUntil: number } {
  assertValidSlotQuery(q);
  const context = createSlotContext(q);
  const viewerStart = localDayRange(q.from, q.timeZone).start.getTime();
  const viewerEnd = localDayRange(q.to, q.timeZone).end.getTime();
  const from = Math.max(viewerStart, context.now);
  const to = Math.min(viewerEnd, context.windowEnd + 1);
  const beyondWindow = firstCandidateBetween(context, context.windowEnd + 1, viewerEnd);
  let unchangedUntil = beyondWindow === null ? Infinity : beyondWindow - q.rules.windowDays * DAY_MS - 2 * HOUR_MS;
  if (from >= to) return { slots: [], unchangedUntil };

  const starts: number[] = [];
  for (const date of context.coachDatesOverlapping(from, to)) {
    for (const start of context.candidatesOn(date)) {
      if (start >= from && start < to && context.rejectionOf(start, date) === null) starts.push(start);
    }
  }
  starts.sort((a, b) => a - b);
  if (starts.length > 0) unchangedUntil = Math.min(unchangedUntil, starts[0] - q.rules.minNoticeMinutes * 60_000);
  const slots: Interval[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (i > 0 && starts[i] === starts[i - 1]) continue;
    slots.push({ start: new Date(starts[i]), end: new Date(starts[i] + context.durationMs) });
  }
  return { slots, unchangedUntil };
}

/**
 * The earliest grid candidate in [from, to), whatever the checks would say of it. Looks a week
 * ahead at most and then answers the week's end, which is earlier than any later candidate.
 */
function firstCandidateBetween(context: ReturnType<typeof createSlotContext>, from: number, to: number): number | null {
  const end = Math.min(to, from + 7 * DAY_MS);
  if (from >= end) return null;
  for (const date of context.coachDatesOverlapping(from, end)) {
    // Dates come in order and a date's candidates lie inside its own day, sorted.
    const first = context.candidatesOn(date).find((start) => start >= from && start < end);
    if (first !== undefined) return first;
  }
  return end < to ? end : null;
}
