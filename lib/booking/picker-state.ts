import { getLocalDate } from "@/lib/scheduling";
import { isIsoDate } from "@/lib/validation";
import { findTimeZone } from "@/lib/zones/zone-names";

/** The booking page's query string: all optional, all untrusted. */
export type PickerParams = { month?: string; date?: string; tz?: string; slot?: string };

export type PickerState = {
  tz: string;
  /** Whether the zone came from the visitor (query) rather than the default. */
  tzChosen: boolean;
  /** What the visitor typed when it names no zone we know (shown back to them, never guessed). */
  tzUnknown: string | null;
  /** YYYY-MM shown, and its first and last day. */
  month: string;
  monthStart: string;
  monthEnd: string;
  prevMonth: string | null;
  nextMonth: string | null;
  /** Viewer-local day picked, if any (inside the month shown). */
  date: string | null;
  slot: Date | null;
};

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * Reads the picker's query string against the clock and the booking window: a zone is found by
 * name, city or label (an unknown one is reported in tzUnknown, the default used meanwhile), a month outside [this month, the window's last month] is pulled inside,
 * and a picked day decides the month.
 */
export function resolvePickerState(params: PickerParams, opts: { defaultTz: string; now: Date; windowDays: number; locale?: string }): PickerState {
  const typedTz = typeof params.tz === "string" && params.tz.trim() ? params.tz.trim() : null;
  const chosenTz = typedTz ? findTimeZone(typedTz, opts.now, opts.locale) : null;
  const tzChosen = chosenTz !== null;
  const tz = chosenTz ?? opts.defaultTz;
  const today = getLocalDate(opts.now, tz);
  const firstMonth = today.slice(0, 7);
  const lastMonth = getLocalDate(opts.now.getTime() + opts.windowDays * 86_400_000, tz).slice(0, 7);
  const date = typeof params.date === "string" && isIsoDate(params.date) && params.date >= today ? params.date : null;
  let month = date ? date.slice(0, 7) : typeof params.month === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(params.month) ? params.month : firstMonth;
  if (month < firstMonth) month = firstMonth;
  if (month > lastMonth) month = lastMonth;
  const slotMs = typeof params.slot === "string" && params.slot.length <= 40 ? Date.parse(params.slot) : NaN;
  return {
    tz,
    tzChosen,
    tzUnknown: typedTz && !chosenTz ? typedTz.slice(0, 80) : null,
    month,
    monthStart: `${month}-01`,
    monthEnd: lastDayOf(month),
    prevMonth: month > firstMonth ? shiftMonth(month, -1) : null,
    nextMonth: month < lastMonth ? shiftMonth(month, 1) : null,
    date: date && date.slice(0, 7) === month ? date : null,
    slot: Number.isNaN(slotMs) ? null : new Date(slotMs),
  };
}

/** A query string for the picker, leaving out empty values. */
export function pickerQuery(values: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Monday-first weeks of a month, with null for the padding days. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split("-").map(Number);
  const days = Number(lastDayOf(month).slice(8));
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Where a visitor came from, from the Referer of the booking page: "job-vs-career", "home"… */
export function sourceFromReferer(referer: string | null, ownHost: string | null): string | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    if (ownHost && url.host !== ownHost) return url.hostname.slice(0, 120);
    if (url.pathname.startsWith("/book")) return undefined;
    const last = url.pathname.split("/").filter(Boolean).pop();
    return (last ?? "home").slice(0, 120);
  } catch {
    return undefined;
  }
}
