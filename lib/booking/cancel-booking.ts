import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, purchases, type Booking } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { findChangeableBooking, type BookingRef } from "./find-booking";
import { formatMeetingTime } from "@/lib/format";
import { enqueueCancelledEmails } from "./notifications";
import { plainText } from "./schemas";
import { InvalidBookingInputError } from "@/lib/errors";
import { withTransaction } from "@/db/transaction";
import { isLateChange } from "./late-change";

export type CancelBookingInput = BookingRef & {
  reason?: string | null;
  actor: "invitee" | "coach" | "client";
  now: Date;
};

export type CancelBookingResult = { booking: Booking; creditReturned: boolean };

/**
 * Cancels a live, future booking: frees its time, returns the package credit when cancelled at
 * least 24 hours ahead, records the timeline and tells both sides. One transaction.
 */
export async function cancelBooking(db: Db, input: CancelBookingInput): Promise<CancelBookingResult> {
  const parsedReason = plainText(1000).safeParse(input.reason ?? "");
  if (!parsedReason.success) throw new InvalidBookingInputError(parsedReason.error.issues[0].message, "reason");
  const reason = parsedReason.data || null;
  const { now } = input;

  return withTransaction(db, async (tx) => {
    const found = await findChangeableBooking(tx, input, now);
    const [booking] = await tx
      .update(bookings)
      .set({ status: "cancelled", cancelledAt: now, cancelReason: reason, updatedAt: now })
      .where(eq(bookings.id, found.booking.id))
      .returning();

    let creditReturned = false;
    if (booking.purchaseId && !isLateChange(booking, now)) {
      const returned = await tx
        .update(purchases)
        .set({ sessionsRemaining: sql`${purchases.sessionsRemaining} + 1` })
        .where(and(eq(purchases.id, booking.purchaseId), lt(purchases.sessionsRemaining, purchases.sessionsTotal)))
        .returning({ id: purchases.id });
      creditReturned = returned.length > 0;
    }

    const when = formatMeetingTime(booking.startsAt, booking.endsAt, found.coach.timezone);
    await addActivity(tx, found.contact.id, "cancelled", `${found.type.name} on ${when} cancelled${reason ? `: ${reason}` : ""}`, {
      bookingId: booking.id,
      by: input.actor,
      reason,
      creditReturned,
    });
    await enqueueCancelledEmails(tx, { ...found, booking }, { byCoach: input.actor === "coach", reason, creditReturned }, input.now);
    return { booking, creditReturned };
  });
}
