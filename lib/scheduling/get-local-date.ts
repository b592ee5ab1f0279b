import { wallClockMsAt } from "./zone-offset";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function getLocalDate(instant: Date | number, timeZone: string): string {
  const wall = new Date(wallClockMsAt(timeZone, +instant));
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}
