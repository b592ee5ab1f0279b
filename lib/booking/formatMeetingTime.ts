// How a meeting's time reads to a person: always in a named zone, never the server's, and in
// their locale (12- or 24-hour clock, day and month in their order).

const DEFAULT_LOCALE = "en-GB";

type Style = "zoneName" | "day" | "clock" | "shortDay";

/** "10:00" where clocks run 24 hours, "10:00 AM" where they run 12 (hours padded only on 24-hour clocks). */
function clockOptions(locale: string): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h23" || cycle === "h24" ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : { hour: "numeric", minute: "2-digit" };
}

// Building an Intl.DateTimeFormat costs far more than using one, and every booking formats a
// handful of times in two zones: one formatter per style, zone and locale, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, timeZone: string, locale: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone} ${locale}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Record<Style, () => Intl.DateTimeFormatOptions> = {
      zoneName: () => ({ timeZoneName: "long" }),
      day: () => ({ weekday: "long", day: "numeric", month: "long", year: "numeric" }),
      clock: () => clockOptions(locale),
      shortDay: () => ({ weekday: "short", day: "numeric", month: "short" }),
    };
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options[style]() });
    formatters.set(key, f);
  }
  return f;
}

function zoneLabel(instant: Date, timeZone: string, locale: string): string {
  const part = formatter("zoneName", timeZone, locale).formatToParts(instant).find((p) => p.type === "timeZoneName");
  return part ? `${part.value} (${timeZone})` : timeZone;
}

/** "Tuesday 1 December 2026" (en-GB), "Tuesday, December 1, 2026" (en-US), in the zone. */
export function formatDay(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return formatter("day", timeZone, locale).format(instant);
}

/** "10:00" (en-GB) or "10:00 AM" (en-US) in the zone. */
export function formatClock(instant: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return formatter("clock", timeZone, locale).format(instant);
}

/** "Tuesday 1 December 2026, 10:00–10:30 Central European Standard Time (Europe/Paris)". */
export function formatMeetingTime(start: Date, end: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return `${formatDay(start, timeZone, locale)}, ${formatClock(start, timeZone, locale)}–${formatClock(end, timeZone, locale)} ${zoneLabel(start, timeZone, locale)}`;
}

/** Short form for subjects: "Tue 1 Dec, 10:00 (Europe/Paris)". */
export function formatMeetingShort(start: Date, timeZone: string, locale: string = DEFAULT_LOCALE): string {
  return `${formatter("shortDay", timeZone, locale).format(start)}, ${formatClock(start, timeZone, locale)} (${timeZone})`;
}
