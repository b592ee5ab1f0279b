import type { Weekday } from "./types";

// Plain calendar-date arithmetic on "YYYY-MM-DD" strings. No time zone is involved: a date here is
// a label on a local day, and the UTC fields of a Date are used as a neutral calendar.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export type CalendarDate = { year: number; month: number; day: number };

export function parseCalendarDate(date: string): CalendarDate | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(toCalendarMs({ year, month: month + 1, day: 0 })).getUTCDate()) return null;
  return { year, month, day };
}

/** True for a real calendar date written `YYYY-MM-DD` ("2025-02-30" is false). */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === "string" && parseCalendarDate(value) !== null;
}

/** Milliseconds of the date's midnight on a UTC calendar (a "wall clock" value, not an instant). */
export function getWallClockMs(date: string): number {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return toCalendarMs(parsed);
}

export function addCalendarDays(date: string, days: number): string {
  const shifted = new Date(getWallClockMs(date) + days * DAY_MS);
  return [
    String(shifted.getUTCFullYear()).padStart(4, "0"),
    String(shifted.getUTCMonth() + 1).padStart(2, "0"),
    String(shifted.getUTCDate()).padStart(2, "0"),
  ].join("-");
}

export function getWeekdayOfCalendarDate(date: string): Weekday {
  return new Date(getWallClockMs(date)).getUTCDay() as Weekday;
}

function toCalendarMs({ year, month, day }: CalendarDate): number {
  // setUTCFullYear rather than Date.UTC, which maps years 0-99 to 1900-1999.
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, day);
  return value.getTime();
}
