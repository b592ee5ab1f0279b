import { parseCalendarDate } from "./calendar-date";
import { InvalidSlotQueryError } from "./invalid-slot-query-error";
import { isValidTimeZone } from "./is-valid-time-zone";
import { parseTimeOfDay } from "./parse-time-of-day";
import type { SlotQuery, SlotRulesQuery, TimeRange } from "./types";

/** Throws InvalidSlotQueryError naming the first thing wrong with the rules part of a query. */
export function assertValidSlotRules(q: SlotRulesQuery): void {
  if (!isValidTimeZone(q.coachTimeZone)) fail(`coachTimeZone is not a known time zone: ${q.coachTimeZone}`);
  if (!isValidInstant(q.now)) fail("now is not a valid date");
  requireInteger("durationMinutes", q.durationMinutes, 1);

  const { rules } = q;
  requireNumber("rules.minNoticeMinutes", rules.minNoticeMinutes);
  requireNumber("rules.bufferBeforeMinutes", rules.bufferBeforeMinutes);
  requireNumber("rules.bufferAfterMinutes", rules.bufferAfterMinutes);
  requireInteger("rules.windowDays", rules.windowDays, 0);
  requireInteger("rules.slotIntervalMinutes", rules.slotIntervalMinutes, 1);
  if (rules.dailyCap !== null) requireInteger("rules.dailyCap", rules.dailyCap, 0);

  for (const rule of q.weekly) {
    if (!Number.isInteger(rule.weekday) || rule.weekday < 0 || rule.weekday > 6) {
      fail(`weekly rule has an invalid weekday: ${rule.weekday}`);
    }
    requireTimeRange(`weekly rule for weekday ${rule.weekday}`, rule);
  }
  for (const override of q.overrides) {
    if (!parseCalendarDate(override.date)) fail(`override has an invalid date: ${override.date}`);
    for (const range of override.ranges) requireTimeRange(`override for ${override.date}`, range);
  }
  for (const interval of q.busy) {
    if (!isValidInstant(interval.start) || !isValidInstant(interval.end)) fail("busy interval has an invalid date");
    if (interval.end.getTime() <= interval.start.getTime()) fail("busy interval must end after it starts");
  }
}

export function assertValidSlotQuery(q: SlotQuery): void {
  assertValidSlotRules(q);
  if (!isValidTimeZone(q.timeZone)) fail(`timeZone is not a known time zone: ${q.timeZone}`);
  if (!parseCalendarDate(q.from)) fail(`from is not a date (YYYY-MM-DD): ${q.from}`);
  if (!parseCalendarDate(q.to)) fail(`to is not a date (YYYY-MM-DD): ${q.to}`);
  if (q.from > q.to) fail("from must not be after to");
}

function requireTimeRange(where: string, range: TimeRange): void {
  const start = parseTimeOfDay(range.start);
  const end = parseTimeOfDay(range.end, true);
  if (start === null || end === null) fail(`${where}: times must be "HH:MM" (got ${range.start}-${range.end})`);
  if (end <= start) fail(`${where}: end must be after start (got ${range.start}-${range.end})`);
}

function requireNumber(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) fail(`${name} must be a number >= 0`);
}

function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) fail(`${name} must be an integer >= ${min}`);
}

function isValidInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function fail(message: string): never {
  throw new InvalidSlotQueryError(message);
}
