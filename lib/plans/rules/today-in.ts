import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { IsoDate } from "./types";

/** The calendar date at `now` in `timeZone`: what "today" means for overdue and the roadmap. */
export function todayIn(now: Date, timeZone: string): IsoDate {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}
