// How a meeting's time reads to a person: always in a named zone, never the server's.

// Building an Intl.DateTimeFormat costs far more than using one, and every booking formats a
// handful of times in two zones: one formatter per style and zone, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: "zoneName" | "day" | "clock" | "shortDay", timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
      zoneName: { timeZoneName: "long" },
      day: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
      clock: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
      shortDay: { weekday: "short", day: "numeric", month: "short" },
    };
    f = new Intl.DateTimeFormat("en-GB", { timeZone, ...options[style] });
    formatters.set(key, f);
  }
  return f;
}

function zoneLabel(instant: Date, timeZone: string): string {
  const part = formatter("zoneName", timeZone).formatToParts(instant).find((p) => p.type === "timeZoneName");
  return part ? `${part.value} (${timeZone})` : timeZone;
}

/** "Tuesday 1 December 2026" in the zone. */
export function formatDay(instant: Date, timeZone: string): string {
  return formatter("day", timeZone).format(instant);
}

/** "10:00" (24-hour) in the zone. */
export function formatClock(instant: Date, timeZone: string): string {
  return formatter("clock", timeZone).format(instant);
}

/** "Tuesday 1 December 2026, 10:00–10:30 Central European Standard Time (Europe/Paris)". */
export function formatMeetingTime(start: Date, end: Date, timeZone: string): string {
  return `${formatDay(start, timeZone)}, ${formatClock(start, timeZone)}–${formatClock(end, timeZone)} ${zoneLabel(start, timeZone)}`;
}

/** Short form for subjects: "Tue 1 Dec, 10:00 (Europe/Paris)". */
export function formatMeetingShort(start: Date, timeZone: string): string {
  return `${formatter("shortDay", timeZone).format(start)}, ${formatClock(start, timeZone)} (${timeZone})`;
}
