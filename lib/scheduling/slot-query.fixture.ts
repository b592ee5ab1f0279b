// Test fixtures for the slot engine (imported by *.test.ts only).
import { formatSlotInZone } from "./format-slot-in-zone";
import type { BookingRules, Interval, SlotQuery, WeeklyRule } from "./types";

export const noRules: BookingRules = {
  minNoticeMinutes: 0,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  windowDays: 60,
  dailyCap: null,
  slotIntervalMinutes: 30,
};

/** Monday to Friday, 09:00-17:00. */
export const officeHours: WeeklyRule[] = ([1, 2, 3, 4, 5] as const).map((weekday) => ({
  weekday,
  start: "09:00",
  end: "17:00",
}));

type QueryOverrides = Omit<Partial<SlotQuery>, "rules"> & { rules?: Partial<BookingRules> };

/** A coach in UTC with office hours, 30-minute slots every 30 minutes, no other rules. */
export function makeSlotQuery(overrides: QueryOverrides = {}): SlotQuery {
  const { rules, ...rest } = overrides;
  return {
    coachTimeZone: "UTC",
    weekly: officeHours,
    overrides: [],
    durationMinutes: 30,
    busy: [],
    now: new Date("2026-11-20T00:00:00Z"),
    from: "2026-12-07",
    to: "2026-12-07",
    timeZone: overrides.coachTimeZone ?? "UTC",
    ...rest,
    rules: { ...noRules, ...rules },
  };
}

export function busy(start: string, end: string): Interval {
  return { start: new Date(start), end: new Date(end) };
}

/** The slots' starts as a viewer in `timeZone` sees them. */
export function startsIn(slots: Interval[], timeZone: string): string[] {
  return slots.map((slot) => formatSlotInZone(slot.start, timeZone));
}

/** "HH:MM" of each slot start in `timeZone`. */
export function clockTimesIn(slots: Interval[], timeZone: string): string[] {
  return startsIn(slots, timeZone).map((iso) => iso.slice(11, 16));
}
