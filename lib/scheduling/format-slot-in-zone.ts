import { zoneOffsetMinutes } from "./zone-offset";

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/**
 * ISO-8601 with the zone's offset at that instant, e.g. "2026-12-01T10:00:00+01:00" (no "Z").
 * The availability API formats two instants per slot, so this reads the wall clock from UTC
 * getters shifted by the remembered offset rather than asking Intl for each one.
 */
export function formatSlotInZone(instant: Date, timeZone: string): string {
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = zoneOffsetMinutes(timeZone, wholeSeconds);
  const wall = new Date(wholeSeconds + Math.round(offset * 60_000));
  const offsetMinutes = Math.round(offset);
  const sign = offsetMinutes < 0 ? "-" : "+";
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
}
