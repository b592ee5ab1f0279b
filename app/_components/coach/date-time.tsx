// Times are shown in an explicit zone (the coach's), never the server's.
const FORMATS = {
  datetime: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  date: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  day: { weekday: "long", day: "numeric", month: "long" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatInZone(date: Date, timeZone: string, format: keyof typeof FORMATS = "datetime"): string {
  return new Intl.DateTimeFormat("en-GB", { ...FORMATS[format], timeZone }).format(date);
}

/** A <time> showing `date` in `timeZone`; `zone` appends the zone's short name (e.g. GMT). */
export function DateTime({ date, timeZone, format = "datetime", zone = false }: { date: Date; timeZone: string; format?: keyof typeof FORMATS; zone?: boolean }) {
  const zoneName = zone
    ? new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")?.value
    : null;
  return (
    <time dateTime={date.toISOString()}>
      {formatInZone(date, timeZone, format)}
      {zoneName ? ` ${zoneName}` : ""}
    </time>
  );
}

/** "YYYY-MM-DD" label for a calendar date (no zone involved). */
export function formatCalendarDate(date: string, format: "date" | "day" = "date"): string {
  return formatInZone(new Date(`${date}T12:00:00Z`), "UTC", format);
}
