import type { Booking } from "@/db/schema";

/** A session paid with a package credit may be cancelled or moved for free until this long before it starts. */
export const CREDIT_REFUND_NOTICE_MS = 24 * 3_600_000;

/**
 * The one notice rule for changing a session paid with a credit: inside the window a cancellation
 * keeps the credit, and the client cannot move it instead (moving it out of the window and then
 * cancelling would get the credit back).
 */
export function isLateChange(booking: Pick<Booking, "startsAt" | "purchaseId">, now: Date): boolean {
  return booking.purchaseId !== null && booking.startsAt.getTime() - now.getTime() < CREDIT_REFUND_NOTICE_MS;
}

export const LATE_RESCHEDULE_MESSAGE =
  "This session starts in less than 24 hours, so it can no longer be moved. You can still cancel it, but the credit is not returned.";
