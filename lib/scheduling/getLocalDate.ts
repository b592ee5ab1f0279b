import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function getLocalDate(instant: Date | number, timeZone: string): string {
  return format(new TZDate(+instant, timeZone), "yyyy-MM-dd");
}
