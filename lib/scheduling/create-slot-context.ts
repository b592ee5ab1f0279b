import { TZDate } from "@date-fns/tz";
import { addCalendarDays, getWeekdayOfCalendarDate } from "./calendar-date";
import { createBusyTimeline } from "./create-busy-timeline";
import { getLocalDate } from "./get-local-date";
import { localDayRange } from "./local-day-range";
import { parseTimeOfDay } from "./parse-time-of-day";
import { createLocalTimeResolver, resolveWallClock } from "./resolve-local-time";
import type { DayReason, SlotRulesQuery, TimeRange } from "./types";

const MINUTE_MS = 60_000;

/** Why a candidate on the grid is not offered, in the order the checks run. */
export type SlotRejection = Exclude<DayReason, "day_off">;

export type SlotContext = {
  durationMs: number;
  now: number;
  /** Latest instant a slot may start at. */
  windowEnd: number;
  /** Grid starts inside the working ranges of a coach-local date, sorted and distinct. */
  candidatesOn(coachDate: string): number[];
  /** Null when the candidate starting at `start` on `coachDate` is offered. */
  rejectionOf(start: number, coachDate: string): SlotRejection | null;
  /** Coach-local dates whose day overlaps [from, to), in order. */
  coachDatesOverlapping(from: number, to: number): string[];
};

type MinuteRange = { startMinute: number; endMinute: number };

/** Precomputes what every slot question about one coach and one `now` shares. Input must be valid. */
export function createSlotContext(q: SlotRulesQuery): SlotContext {
  const timeZone = q.coachTimeZone;
  const { rules } = q;
  const durationMs = q.durationMinutes * MINUTE_MS;
  const now = q.now.getTime();
  const earliestStart = now + rules.minNoticeMinutes * MINUTE_MS;
  const windowEnd = getWindowEnd(q.now, rules.windowDays, timeZone);
  const bufferMs = Math.max(rules.bufferBeforeMinutes, rules.bufferAfterMinutes) * MINUTE_MS;
  const busy = createBusyTimeline(q.busy);

  const weeklyByWeekday = new Map<number, MinuteRange[]>();
  for (const rule of q.weekly) {
    weeklyByWeekday.set(rule.weekday, [...(weeklyByWeekday.get(rule.weekday) ?? []), toMinuteRange(rule)]);
  }
  const overridesByDate = new Map<string, MinuteRange[]>();
  for (const override of q.overrides) {
    overridesByDate.set(override.date, [
      ...(overridesByDate.get(override.date) ?? []),
      ...override.ranges.map(toMinuteRange),
    ]);
  }

  const dayRanges = new Map<string, { start: number; end: number }>();
  const dayRangeOf = (date: string) => {
    let range = dayRanges.get(date);
    if (!range) {
      const { start, end } = localDayRange(date, timeZone);
      range = { start: start.getTime(), end: end.getTime() };
      dayRanges.set(date, range);
    }
    return range;
  };

  const candidates = new Map<string, number[]>();
  const candidatesOn = (date: string) => {
    let starts = candidates.get(date);
    if (!starts) {
      const ranges = overridesByDate.get(date) ?? weeklyByWeekday.get(getWeekdayOfCalendarDate(date)) ?? [];
      starts = listGridStarts(date, ranges, timeZone, rules.slotIntervalMinutes, durationMs);
      candidates.set(date, starts);
    }
    return starts;
  };

  const capReached = new Map<string, boolean>();
  const isCapReached = (date: string) => {
    if (rules.dailyCap === null) return false;
    let reached = capReached.get(date);
    if (reached === undefined) {
      const { start, end } = dayRangeOf(date);
      reached = busy.countStartingIn(start, end) >= rules.dailyCap;
      capReached.set(date, reached);
    }
    return reached;
  };

  return {
    durationMs,
    now,
    windowEnd,
    candidatesOn,
    rejectionOf(start, coachDate) {
      if (start < now) return "past";
      if (start > windowEnd) return "outside_window";
      if (isCapReached(coachDate)) return "daily_cap";
      if (start < earliestStart) return "minimum_notice";
      // Widening the slot by the larger buffer on both sides is the same as checking both
      // [s - before, e + after) against the bookings and [s, e) against the widened bookings.
      if (busy.overlaps(start - bufferMs, start + durationMs + bufferMs)) return "fully_booked";
      return null;
    },
    coachDatesOverlapping(from, to) {
      const dates: string[] = [];
      // Start a day early: a date's range is the source of truth, not the label of an instant.
      for (let date = addCalendarDays(getLocalDate(from, timeZone), -1); dayRangeOf(date).start < to; date = addCalendarDays(date, 1)) {
        if (dayRangeOf(date).end > from) dates.push(date);
      }
      return dates;
    },
  };
}

/**
 * Starts at range.start + k * interval on the local wall clock. Wall times skipped by a
 * spring-forward are left out; a wall time repeated by a fall-back means its first instant. A
 * slot lasts `durationMs` of real time and must end by the range's end instant.
 */
function listGridStarts(date: string, ranges: MinuteRange[], timeZone: string, intervalMinutes: number, durationMs: number): number[] {
  const starts: number[] = [];
  const resolve = createLocalTimeResolver(date, timeZone);
  for (const { startMinute, endMinute } of ranges) {
    const rangeStart = resolve(startMinute).instant;
    const rangeEnd = resolve(endMinute).instant;
    for (let minute = startMinute; minute < endMinute; minute += intervalMinutes) {
      const start = resolve(minute);
      if (!start.exists) continue;
      // Instants grow with the wall time, so no later start on this range can fit either.
      if (start.instant + durationMs > rangeEnd) break;
      if (start.instant >= rangeStart) starts.push(start.instant);
    }
  }
  starts.sort((a, b) => a - b);
  return starts.filter((start, index) => index === 0 || start !== starts[index - 1]);
}

/**
 * Calendar days in the coach's zone: the first instant the coach's clock shows the same time
 * `windowDays` days after `now` (or, if that time is skipped by a spring-forward, the jump).
 */
function getWindowEnd(now: Date, windowDays: number, timeZone: string): number {
  const local = new TZDate(now.getTime(), timeZone);
  const wall = Date.UTC(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + windowDays,
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
    local.getMilliseconds(),
  );
  return resolveWallClock(wall, timeZone).instant;
}

function toMinuteRange(range: TimeRange): MinuteRange {
  return { startMinute: parseTimeOfDay(range.start) ?? 0, endMinute: parseTimeOfDay(range.end, true) ?? 0 };
}
