import { TZDate } from "@date-fns/tz";
import { getISOWeek, getISOWeekYear } from "date-fns";

/** The ISO week of `now` in `timeZone`, e.g. "2026-W48": one digest per user per such week. */
export function isoWeekKey(now: Date, timeZone: string): string {
  const local = new TZDate(now.getTime(), timeZone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}`;
}
