import { getWallClockMs } from "./calendar-date";
import { zoneOffsetMinutes } from "./zone-offset";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * - `exists: true`: the wall time happens; when it happens twice (fall-back), the first instant.
 * - `exists: false`: the wall time falls in a spring-forward gap; `instant` is the moment the
 *   clocks jump, i.e. the first instant whose wall time is later than the one asked for.
 */
export type LocalTimeResolution = { instant: number; exists: boolean };

/** The instant at which the clock in `timeZone` shows `minuteOfDay` (0-1440) on `date`. */
export function resolveLocalTime(date: string, minuteOfDay: number, timeZone: string): LocalTimeResolution {
  return resolveWallClock(getWallClockMs(date) + minuteOfDay * MINUTE_MS, timeZone);
}

/**
 * resolveLocalTime for many times of one date. When the offset is the same a day before the date
 * and a day after it, the date has no change and each time is one subtraction.
 */
export function createLocalTimeResolver(date: string, timeZone: string): (minuteOfDay: number) => LocalTimeResolution {
  const midnight = getWallClockMs(date);
  const offset = offsetAt(timeZone, midnight - DAY_MS);
  const steady = offset === offsetAt(timeZone, midnight + 2 * DAY_MS);
  return (minuteOfDay) => {
    const wall = midnight + minuteOfDay * MINUTE_MS;
    return steady ? { instant: wall - offset * MINUTE_MS, exists: true } : resolveWallClock(wall, timeZone);
  };
}

/**
 * `wall` is a local wall-clock time written as if it were UTC milliseconds.
 *
 * TZDate's constructor resolves a repeated wall time to either occurrence depending on the zone
 * (the first in New York, the second in London), so the choice is made here explicitly from the
 * zone's offsets. Assumes a zone never changes its offset twice within three days, which holds
 * for the tz database's data.
 */
export function resolveWallClock(wall: number, timeZone: string): LocalTimeResolution {
  const offsetBefore = offsetAt(timeZone, wall - DAY_MS);
  const offsetAfter = offsetAt(timeZone, wall + DAY_MS);
  const occurrences = [offsetBefore, offsetAfter]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => instant + offsetAt(timeZone, instant) * MINUTE_MS === wall);
  if (occurrences.length > 0) return { instant: Math.min(...occurrences), exists: true };

  // In a gap: the change lies in (wall - offsetAfter, wall - offsetBefore]. Offsets change on
  // whole minutes, so a binary search over whole minutes finds it in a few steps.
  let before = Math.floor((wall - offsetAfter * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
  let after = Math.ceil((wall - offsetBefore * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / MINUTE_MS / 2) * MINUTE_MS;
    if (offsetAt(timeZone, middle) === offsetBefore) before = middle;
    else after = middle;
  }
  return { instant: after, exists: false };
}

function offsetAt(timeZone: string, instant: number): number {
  return zoneOffsetMinutes(timeZone, instant);
}
