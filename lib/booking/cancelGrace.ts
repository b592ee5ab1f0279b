import type { Booking } from "@/db/schema";

/** A session booked with a credit can be cancelled this soon after booking and the credit comes back, however close it is. */
export const CANCEL_GRACE_MS = 15 * 60_000;

/**
 * Whether `now` is inside the grace period after the booking was made: a mistaken tap is undone
 * for free. A moved session does not start a new grace period (else moving it would reopen one).
 */
export function isInCancelGrace(booking: Pick<Booking, "createdAt" | "rescheduledFromId">, now: Date): boolean {
  if (booking.rescheduledFromId !== null) return false;
  const sinceBooked = now.getTime() - booking.createdAt.getTime();
  return sinceBooked >= 0 && sinceBooked <= CANCEL_GRACE_MS;
}
