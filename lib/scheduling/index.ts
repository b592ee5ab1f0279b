export type {
  BookingRules,
  DateOverride,
  DayExplanation,
  DayReason,
  Interval,
  SlotQuery,
  SlotRulesQuery,
  TimeRange,
  WeeklyRule,
  Weekday,
} from "./types";
export { isCalendarDate } from "./calendar-date";
export { explainDays } from "./explain-days";
export { formatSlotInZone } from "./format-slot-in-zone";
export { getAvailableSlots, getAvailableSlotsWithExpiry } from "./get-available-slots";
export { getLocalDate } from "./get-local-date";
export { InvalidSlotQueryError } from "./invalid-slot-query-error";
export { isSlotAvailable } from "./is-slot-available";
export { isValidTimeZone } from "./is-valid-time-zone";
export { localDayRange } from "./local-day-range";
