import { tzOffset } from "@date-fns/tz";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Marks an hour in which the zone changes its offset: those instants are looked up one by one. */
const CHANGES = Number.NaN;
/** Hours remembered per zone before the table starts afresh (about eleven years of hours). */
const MAX_HOURS_PER_ZONE = 100_000;

const hoursByZone = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset in minutes at `instant` (e.g. 60 for Paris in winter), as `tzOffset`
 * gives it, remembered per UTC hour: asking Intl is the slow part and slot questions ask about
 * the same few hours again and again. An hour whose first and last millisecond have the same
 * offset has it throughout (offsets never change twice within an hour in the tz database);
 * an hour that contains a change is answered per instant.
 */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  let hours = hoursByZone.get(timeZone);
  if (!hours) {
    hours = new Map();
    hoursByZone.set(timeZone, hours);
  }
  const hour = Math.floor(instant / HOUR_MS);
  let offset = hours.get(hour);
  if (offset === undefined) {
    if (hours.size >= MAX_HOURS_PER_ZONE) hours.clear();
    const first = tzOffset(timeZone, new Date(hour * HOUR_MS));
    const last = tzOffset(timeZone, new Date(hour * HOUR_MS + HOUR_MS - 1));
    offset = first === last ? first : CHANGES;
    hours.set(hour, offset);
  }
  return Number.isNaN(offset) ? tzOffset(timeZone, new Date(instant)) : offset;
}

/** Wall-clock milliseconds (the local time written as if it were UTC) of `instant` in the zone. */
export function wallClockMsAt(timeZone: string, instant: number): number {
  return instant + zoneOffsetMinutes(timeZone, instant) * 60_000;
}

/** Days since 1970-01-01 of a wall-clock value: the local calendar day as a number. */
export function dayNumberOfWallClock(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS);
}
