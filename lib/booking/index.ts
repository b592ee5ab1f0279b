// Booking: the one place that writes bookings. Every verb is a function taking (db, input, now).
export { bookSlot, type BookSlotInput, type BookSlotResult } from "./bookSlot";
export { cancelBooking, CREDIT_REFUND_NOTICE_MS, type CancelBookingInput, type CancelBookingResult } from "./cancelBooking";
export { rescheduleBooking, type RescheduleBookingInput, type RescheduleBookingResult } from "./rescheduleBooking";
export { getSlotsForType, type GetSlotsInput, type SlotsForType } from "./getSlotsForType";
export { findBooking, type BookingRef } from "./findBooking";
export { getBookingIcs } from "./getBookingIcs";
export { listPublicMeetingTypes } from "./listPublicMeetingTypes";
export { monthWeeks, pickerQuery, resolvePickerState, shiftMonth, sourceFromReferer, type PickerParams, type PickerState } from "./pickerState";
export { sendBookingReminders, reminderDedupeKey, REMINDERS } from "./sendBookingReminders";
export { getCalendarFeed, regenerateCalendarFeedToken } from "./calendarFeed";
export { handleAvailabilityRequest, handleCreateBookingRequest } from "./http";
export { appAvailabilityCache, createAvailabilityCache, AVAILABILITY_CHANNEL, type AvailabilityCache } from "./availabilityCache";
export { bookingUid, buildIcs, type CalendarEvent } from "./ics";
export { createManageToken, hashToken } from "./tokens";
export { calendarFeedUrlFor, googleCalendarUrl, manageUrlFor } from "./urls";
export { formatClock, formatDay, formatMeetingShort, formatMeetingTime } from "./formatMeetingTime";
export { availabilityQuerySchema, bookingFormSchema, bookingRequestSchema, intakeAnswersSchema, manageActionSchema, MAX_RANGE_DAYS } from "./schemas";
export {
  BookingError,
  BookingNotChangeableError,
  BookingNotFoundError,
  CreditRequiredError,
  InvalidBookingInputError,
  MeetingTypeNotFoundError,
  NoCreditError,
  SlotUnavailableError,
} from "./errors";
export type { BookingParties } from "./notifications";
