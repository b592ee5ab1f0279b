import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** ISO-8601 with the zone's offset at that instant and no milliseconds: "2026-12-01T10:00:00+01:00". */
export function formatSlotInZone(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
