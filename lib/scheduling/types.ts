/** Day of the week in the coach's time zone; 0 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Local wall-clock times "HH:MM"; end > start, and "24:00" is allowed as an end. */
export type TimeRange = { start: string; end: string };

/** Working hours on a weekday. Several per weekday are allowed. */
export type WeeklyRule = { weekday: Weekday } & TimeRange;

/**
 * Hours for one coach-local date (YYYY-MM-DD). `ranges: []` is a day off; otherwise the ranges
 * replace that day's weekly hours.
 */
export type DateOverride = { date: string; ranges: TimeRange[] };

export type BookingRules = {
  minNoticeMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  windowDays: number;
  dailyCap: number | null;
  slotIntervalMinutes: number;
};

/** Half-open [start, end). */
export type Interval = { start: Date; end: Date };

export type SlotQuery = {
  coachTimeZone: string;
  weekly: WeeklyRule[];
  overrides: DateOverride[];
  rules: BookingRules;
  durationMinutes: number;
  /** Existing live bookings of the coach, raw: the engine applies the buffers. */
  busy: Interval[];
  now: Date;
  /** YYYY-MM-DD, inclusive, as calendar days in `timeZone`. */
  from: string;
  to: string;
  /** The viewer's IANA zone (may differ from coachTimeZone). */
  timeZone: string;
};

/** What the engine needs to decide about one slot, independent of the viewer's calendar. */
export type SlotRulesQuery = Omit<SlotQuery, "from" | "to" | "timeZone">;

export type DayReason =
  | "past"
  | "outside_window"
  | "day_off"
  | "minimum_notice"
  | "fully_booked"
  | "daily_cap";

/** `date` is the viewer-local YYYY-MM-DD. `reason` is null when slotCount > 0. */
export type DayExplanation = { date: string; slotCount: number; reason: DayReason | null };
