// Display helpers for plan pages. Calendar dates (YYYY-MM-DD) have no zone: they are formatted
// in UTC so the day never shifts. Instants are shown in the viewer's zone, with the zone named.

export function formatDay(date: string | null | undefined, style: "short" | "long" = "short"): string {
  if (!date) return "No date";
  const opts: Intl.DateTimeFormatOptions = style === "long" ? { weekday: "short", day: "numeric", month: "short", year: "numeric" } : { day: "numeric", month: "short", year: "numeric" };
  return new Intl.DateTimeFormat("en-GB", { ...opts, timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export function formatMonth(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export function formatWhen(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }).format(at);
}

export function formatMoney(cents: number | null, currency = "GBP"): string {
  if (cents == null) return "—";
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
}

export const label = (value: string) => (value.charAt(0).toUpperCase() + value.slice(1)).replaceAll("_", " ");
