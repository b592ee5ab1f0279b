// Booking: the one place that writes bookings. Every verb is a function taking (db, input, now).
export { bookSlot, type BookSlotInput, type BookSlotResult } from "./book-slot";
export { cancelBooking, type CancelBookingInput, type CancelBookingResult } from "./cancel-booking";
export { CREDIT_REFUND_NOTICE_MS, isLateChange } from "./late-change";
export { rescheduleBooking, type RescheduleBookingInput, type RescheduleBookingResult } from "./reschedule-booking";
export { getSlotsForType, type GetSlotsInput, type SlotsForType } from "./get-slots-for-type";
export { findBooking, type BookingRef } from "./find-booking";
export { getBookingIcs } from "./get-booking-ics";
export { listPublicMeetingTypes } from "./list-public-meeting-types";
export { monthWeeks, pickerQuery, resolvePickerState, shiftMonth, sourceFromReferer, type PickerParams, type PickerState } from "./picker-state";
export { sendBookingReminders, reminderDedupeKey, REMINDERS } from "./send-booking-reminders";
export { getCalendarFeed, regenerateCalendarFeedToken } from "./calendar-feed";
export { handleAvailabilityRequest, handleCreateBookingRequest } from "./http";
export { appAvailabilityCache, createAvailabilityCache, AVAILABILITY_CHANNEL, type AvailabilityCache } from "./availability-cache";
export { bookingUid, buildIcs, type CalendarEvent } from "./ics";
export { createManageToken, hashToken } from "./tokens";
export { calendarFeedUrlFor, googleCalendarUrl, manageUrlFor } from "./urls";
export { availabilityQuerySchema, bookingFormSchema, bookingRequestSchema, intakeAnswersSchema, manageActionSchema, MAX_RANGE_DAYS } from "./schemas";
export {
  BookingNotChangeableError,
  BookingNotFoundError,
  CreditRequiredError,
  InvalidBookingInputError,
  MeetingTypeNotFoundError,
  NoCreditError,
  SlotUnavailableError,
} from "@/lib/errors";
export type { BookingParties } from "./notifications";
