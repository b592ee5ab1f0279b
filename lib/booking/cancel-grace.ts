import type { Booking } from "@/db/schema";
import { CREDIT_REFUND_NOTICE_MS, isLateChange } from "./late-change";

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

/** Whether a start is inside the late window at `now` (./late-change): cancelling then keeps the credit. */
export function startsInLateWindow(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() - now.getTime() < CREDIT_REFUND_NOTICE_MS;
}

/**
 * What cancelling at `now` does to the session's credit: "returned" (enough notice, or within the
 * grace period), "used" (late), or "none" (it was not paid with a credit). The one rule, for the
 * service that cancels and for the page that asks first.
 */
export function creditOnCancel(booking: Pick<Booking, "purchaseId" | "startsAt" | "createdAt" | "rescheduledFromId">, now: Date): "returned" | "used" | "none" {
  if (!booking.purchaseId) return "none";
  return !isLateChange(booking, now) || isInCancelGrace(booking, now) ? "returned" : "used";
}

/** The end of the grace period of a booking made at `createdAt`. */
export function cancelGraceEndsAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + CANCEL_GRACE_MS);
}
