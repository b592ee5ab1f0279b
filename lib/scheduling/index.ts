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
export { explainDays } from "./explainDays";
export { formatSlotInZone } from "./formatSlotInZone";
export { getAvailableSlots, getAvailableSlotsWithExpiry } from "./getAvailableSlots";
export { getLocalDate } from "./getLocalDate";
export { InvalidSlotQueryError } from "./InvalidSlotQueryError";
export { isSlotAvailable } from "./isSlotAvailable";
export { isValidTimeZone } from "./isValidTimeZone";
export { localDayRange } from "./localDayRange";
