import { assertValidSlotQuery } from "./assertValidSlotQuery";
import { createSlotContext } from "./createSlotContext";
import { localDayRange } from "./localDayRange";
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
  assertValidSlotQuery(q);
  const context = createSlotContext(q);
  const viewerStart = localDayRange(q.from, q.timeZone).start.getTime();
  const viewerEnd = localDayRange(q.to, q.timeZone).end.getTime();
  const from = Math.max(viewerStart, context.now);
  const to = Math.min(viewerEnd, context.windowEnd + 1);
  if (from >= to) return [];

  const starts: number[] = [];
  for (const date of context.coachDatesOverlapping(from, to)) {
    for (const start of context.candidatesOn(date)) {
      if (start >= from && start < to && context.rejectionOf(start, date) === null) starts.push(start);
    }
  }
  starts.sort((a, b) => a - b);
  return starts
    .filter((start, index) => index === 0 || start !== starts[index - 1])
    .map((start) => ({ start: new Date(start), end: new Date(start + context.durationMs) }));
}
