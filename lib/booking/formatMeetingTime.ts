// How a meeting's time reads to a person: always in a named zone, never the server's.

function zoneLabel(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "long" }).formatToParts(instant).find((p) => p.type === "timeZoneName");
  return part ? `${part.value} (${timeZone})` : timeZone;
}

/** "Tuesday 1 December 2026" in the zone. */
export function formatDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(instant);
}

/** "10:00" (24-hour) in the zone. */
export function formatClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/** "Tuesday 1 December 2026, 10:00–10:30 Central European Standard Time (Europe/Paris)". */
export function formatMeetingTime(start: Date, end: Date, timeZone: string): string {
  return `${formatDay(start, timeZone)}, ${formatClock(start, timeZone)}–${formatClock(end, timeZone)} ${zoneLabel(start, timeZone)}`;
}

/** Short form for subjects: "Tue 1 Dec, 10:00 (Europe/Paris)". */
export function formatMeetingShort(start: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(start);
  return `${day}, ${formatClock(start, timeZone)} (${timeZone})`;
}
