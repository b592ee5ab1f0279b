// The one formatting module: money, calendar days and instants, always in an explicit zone (the
// reader's) and locale. The locale decides the clock (12/24 h) and the order of day and month;
// DEFAULT_LOCALE is used until the reader's is known.

export const DEFAULT_LOCALE = "en-GB";

/** 45050, "gbp" -> "£450.50". `null` (no price) -> "—". */
export function formatMoney(minorUnits: number | null | undefined, currency = "gbp", locale = DEFAULT_LOCALE): string {
  if (minorUnits == null) return "—";
  // Only two-decimal currencies are offered, so minor units / 100 is always right.
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(minorUnits / 100);
}

/** 45050 -> "450.50", for putting an amount back into a form field. */
export function minorUnitsToAmount(minorUnits: number): string {
  return (minorUnits / 100).toFixed(2);
}

const CALENDAR_STYLES = {
  short: { day: "numeric", month: "short", year: "numeric" }, // 5 Mar 2026
  date: { weekday: "short", day: "numeric", month: "short", year: "numeric" }, // Thu 5 Mar 2026
  full: { dateStyle: "long" }, // 5 March 2026
  day: { weekday: "long", day: "numeric", month: "long" }, // Thursday 5 March
  month: { month: "short", year: "numeric" }, // Mar 2026
  monthLong: { month: "long", year: "numeric" }, // March 2026
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type CalendarStyle = keyof typeof CALENDAR_STYLES;

/**
 * A calendar date ("YYYY-MM-DD", or "YYYY-MM" for a month) has no zone: it is formatted on a UTC
 * calendar so the day never shifts. Empty -> "No date".
 */
export function formatCalendarDate(date: string | null | undefined, style: CalendarStyle = "short", locale = DEFAULT_LOCALE): string {
  if (!date) return "No date";
  const day = date.length === 7 ? `${date}-01` : date;
  return new Intl.DateTimeFormat(locale, { ...CALENDAR_STYLES[style], timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

const INSTANT_STYLES = {
  datetime: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }, // Thu 5 Mar 2026, 10:00
  zoned: { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }, // … 10:00 GMT
  compact: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }, // 5 Mar 2026, 10:00 GMT
  date: { weekday: "short", day: "numeric", month: "short", year: "numeric" }, // Thu 5 Mar 2026
  longDate: { dateStyle: "long" }, // 5 March 2026
  day: { weekday: "long", day: "numeric", month: "long" }, // Thursday 5 March
  fullDay: { weekday: "long", day: "numeric", month: "long", year: "numeric" }, // Thursday 5 March 2026
  shortDay: { weekday: "short", day: "numeric", month: "short" }, // Thu 5 Mar
  time: { hour: "2-digit", minute: "2-digit" }, // 10:00
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type InstantStyle = keyof typeof INSTANT_STYLES;

// Building an Intl.DateTimeFormat costs far more than using one, and a page or a booking formats
// many times in a few zones: one formatter per locale, style and zone, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: InstantStyle | "zoneShort" | "zoneLong", timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${style} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === "zoneShort" ? { timeZoneName: "short" } : style === "zoneLong" ? { timeZoneName: "long" } : INSTANT_STYLES[style];
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** An instant as the reader sees it in `timeZone`. */
export function formatInZone(instant: Date, timeZone: string, style: InstantStyle = "datetime", locale = DEFAULT_LOCALE): string {
  return formatter(locale, style, timeZone).format(instant);
}

/** The zone's name at that instant: "GMT" (short) or "Greenwich Mean Time" (long). */
export function zoneName(instant: Date, timeZone: string, style: "short" | "long" = "short", locale = DEFAULT_LOCALE): string {
  const part = formatter(locale, style === "short" ? "zoneShort" : "zoneLong", timeZone).formatToParts(instant).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "Tuesday 1 December 2026, 10:00–10:30 Central European Standard Time (Europe/Paris)". */
export function formatMeetingTime(start: Date, end: Date, timeZone: string, locale = DEFAULT_LOCALE): string {
  const time = (d: Date) => formatInZone(d, timeZone, "time", locale);
  return `${formatInZone(start, timeZone, "fullDay", locale)}, ${time(start)}–${time(end)} ${zoneName(start, timeZone, "long", locale)} (${timeZone})`;
}

/** Short form for subjects: "Tue 1 Dec, 10:00 (Europe/Paris)". */
export function formatMeetingShort(start: Date, timeZone: string, locale = DEFAULT_LOCALE): string {
  return `${formatInZone(start, timeZone, "shortDay", locale)}, ${formatInZone(start, timeZone, "time", locale)} (${timeZone})`;
}
