import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, contacts, meetingTypes, purchases, type Booking } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { findChangeableBooking, type BookingRef } from "./find-booking";
import { formatMeetingTime } from "@/lib/format";
import { enqueueCancelledEmails, type BookingParties } from "./notifications";
import { plainText } from "./schemas";
import { InvalidBookingInputError } from "@/lib/errors";
import { withTransaction } from "@/db/transaction";
import { creditOnCancel } from "./cancel-grace";

export type CancelBookingInput = BookingRef & {
  reason?: string | null;
  actor: "invitee" | "coach" | "client";
  now: Date;
};

export type CancelBookingResult = { booking: Booking; creditReturned: boolean };

/**
 * Cancels a live, future booking: frees its time, returns the package credit when cancelled at
 * least 24 hours ahead or within the grace period after booking, moves a lead whose discovery
 * call it was back to "lead", records the timeline and tells both sides. One transaction.
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
    if (booking.purchaseId && creditOnCancel(booking, now) === "returned") {
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
    await returnLeadAfterCancelledDiscovery(tx, found, now);
    await enqueueCancelledEmails(tx, { ...found, booking }, { byCoach: input.actor === "coach", reason, creditReturned }, input.now);
    return { booking, creditReturned };
  });
}

/**
 * A cancelled discovery call takes the contact back from "discovery booked" to "lead", unless
 * another discovery call is still booked or the coach has already moved them on.
 */
async function returnLeadAfterCancelledDiscovery(tx: Db, found: BookingParties, now: Date): Promise<void> {
  const { contact, type } = found;
  if (type.kind !== "discovery" || contact.stage !== "discovery_booked") return;
  const [another] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.contactId, contact.id), eq(bookings.status, "confirmed"), eq(meetingTypes.kind, "discovery"), gt(bookings.endsAt, now)))
    .limit(1);
  if (another) return;
  const moved = await tx
    .update(contacts)
    .set({ stage: "lead", updatedAt: now })
    .where(and(eq(contacts.id, contact.id), eq(contacts.stage, "discovery_booked")))
    .returning({ id: contacts.id });
  if (moved.length) await addActivity(tx, contact.id, "stage_changed", "Stage: Discovery booked → Lead (discovery call cancelled)", { from: "discovery_booked", to: "lead" });
}
