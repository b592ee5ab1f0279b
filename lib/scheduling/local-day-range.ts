import { addCalendarDays } from "./calendar-date";
import { resolveLocalTime } from "./resolve-local-time";
import type { Interval } from "./types";

/**
 * The instants of a local calendar day: from its first moment to the first moment of the next
 * day. 23 or 25 hours long on daylight-saving days; when midnight is skipped (e.g. Santiago), the
 * day starts when the clocks jump.
 */
export function localDayRange(date: string, timeZone: string): Interval {
  return {
    start: new Date(resolveLocalTime(date, 0, timeZone).instant),
    end: new Date(resolveLocalTime(addCalendarDays(date, 1), 0, timeZone).instant),
  };
}
