// Times are shown in an explicit zone (the coach's), never the server's.
import { formatInZone, zoneName, type InstantStyle } from "@/lib/format";

/** A <time> showing `date` in `timeZone`; `zone` appends the zone's short name (e.g. GMT). */
export function DateTime({ date, timeZone, format = "datetime", zone = false }: { date: Date; timeZone: string; format?: InstantStyle; zone?: boolean }) {
  return (
    <time dateTime={date.toISOString()}>
      {formatInZone(date, timeZone, format)}
      {zone ? ` ${zoneName(date, timeZone)}` : ""}
    </time>
  );
}
