import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, type Booking } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { isSlotAvailable, isValidTimeZone } from "@/lib/scheduling";
import { BookingNotChangeableError, InvalidBookingInputError, SlotUnavailableError } from "@/lib/errors";
import { isExclusionViolation } from "@/db/sql-state";
import { findChangeableBooking, type BookingRef } from "./find-booking";
import { formatMeetingTime } from "@/lib/format";
import { isLateChange, LATE_RESCHEDULE_MESSAGE } from "./late-change";
import { loadSlotRules, lockCoachSchedule } from "./load-slot-rules";
import { enqueueRescheduledEmails } from "./notifications";
import { withTransaction } from "@/db/transaction";

export type RescheduleBookingInput = BookingRef & {
  newStart: Date;
  /** The invitee's zone if they changed it while picking the new time. */
  timezone?: string;
  actor: "invitee" | "coach" | "client";
  now: Date;
};

export type RescheduleBookingResult = { booking: Booking; previous: Booking };

/**
 * Moves a live, future booking to a new time under the same rules (and the notice rule of
 * ./lateChange for a session paid with a credit). In one transaction the old
 * row is cancelled (and gives up the manage token) and a new row takes its place with
 * rescheduled_from_id, so an old link can only ever move the one live booking.
 */
export async function rescheduleBooking(db: Db, input: RescheduleBookingInput): Promise<RescheduleBookingResult> {
  const { now, newStart } = input;
  if (Number.isNaN(newStart.getTime())) throw new InvalidBookingInputError("The new time is not a valid date", "newStart");
  if (input.timezone !== undefined && !isValidTimeZone(input.timezone)) throw new InvalidBookingInputError("Use an IANA time zone such as Europe/Paris", "timezone");

  try {
    return await withTransaction(db, async (tx) => {
      const found = await findChangeableBooking(tx, input, now);
      const { booking: old, coach, type, contact } = found;
      // The coach may move their own session at any time; the client is held to the notice rule.
      if (input.actor !== "coach" && isLateChange(old, now)) throw new BookingNotChangeableError(LATE_RESCHEDULE_MESSAGE);
      const newEnd = new Date(newStart.getTime() + type.durationMinutes * 60_000);
      await lockCoachSchedule(tx, coach, newStart, newEnd);
      const rules = await loadSlotRules(tx, coach, type, now, { ignoreBookingId: old.id });
      if (newStart.getTime() === old.startsAt.getTime() || !isSlotAvailable(rules, newStart)) throw new SlotUnavailableError();

      // Free the old time and the unique token first, then take the new time.
      const [previous] = await tx
        .update(bookings)
        .set({ status: "cancelled", cancelledAt: now, cancelReason: "Rescheduled", manageTokenHash: null, updatedAt: now })
        .where(eq(bookings.id, old.id))
        .returning();
      const [booking] = await tx
        .insert(bookings)
        .values({
          coachId: coach.id,
          contactId: contact.id,
          meetingTypeId: type.id,
          startsAt: newStart,
          endsAt: newEnd,
          inviteeTimezone: input.timezone ?? old.inviteeTimezone,
          inviteeName: old.inviteeName,
          intakeAnswers: old.intakeAnswers,
          manageTokenHash: old.manageTokenHash,
          rescheduledFromId: old.id,
          source: old.source,
          purchaseId: old.purchaseId,
          privateNotes: old.privateNotes,
          sharedNotes: old.sharedNotes,
          createdAt: now,
          updatedAt: now,
        })
        .returning();

      await addActivity(
        tx,
        contact.id,
        "rescheduled",
        `${type.name} moved from ${formatMeetingTime(old.startsAt, old.endsAt, coach.timezone)} to ${formatMeetingTime(newStart, newEnd, coach.timezone)}`,
        { bookingId: booking.id, previousBookingId: old.id, by: input.actor },
      );
      await enqueueRescheduledEmails(tx, { booking, contact, type, coach }, previous, input.token ?? null, now);
      return { booking, previous };
    });
  } catch (err) {
    if (isExclusionViolation(err)) throw new SlotUnavailableError();
    throw err;
  }
}
