import { TZDate } from "@date-fns/tz";
import { getISOWeek, getISOWeekYear } from "date-fns";

/** The ISO week of `now` in `timeZone`, e.g. "2026-W48". */
export function isoWeekKey(now: Date, timeZone: string): string {
  const local = new TZDate(now.getTime(), timeZone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}`;
}

/**
 * The digest week that `now` falls in: weeks start on Monday at `startHour` on the client's wall
 * clock, so there is always a current one (a client added on a Sunday, or a worker that was down on
 * Monday morning, still gets this week's digest once). Wall-clock arithmetic, so a DST change
 * cannot move the boundary.
 */
export function digestWeekKey(now: Date, timeZone: string, startHour: number): string {
  const local = new TZDate(now.getTime(), timeZone);
  const wall = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()) - startHour * 3_600_000;
  return isoWeekKey(new Date(wall), "UTC");
}
