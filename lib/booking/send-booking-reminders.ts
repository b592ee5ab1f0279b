import { createElement } from "react";
import { and, eq, gt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, coaches, contacts, emailOutbox, meetingTypes } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import BookingReminderEmail from "@/emails/booking-reminder";
import { formatMeetingShort, formatMeetingTime } from "@/lib/format";

const HOUR_MS = 3_600_000;

/** The two reminders: when each is due, counted back from the start. */
export const REMINDERS = [
  { lead: "24h", beforeMs: 24 * HOUR_MS },
  { lead: "1h", beforeMs: HOUR_MS },
] as const;

export function reminderDedupeKey(lead: "24h" | "1h", bookingId: string): string {
  return `reminder-${lead}-${bookingId}`;
}

/**
 * Queues the reminders that are due: 24 hours and 1 hour before each confirmed booking, once
 * each (the outbox's unique dedupe key makes a second worker or a restart a no-op). A reminder is
 * skipped when the booking is cancelled, when it was made after the reminder would have been due
 * (the confirmation just went out), and the 24-hour one once the 1-hour one is due.
 * Returns how many messages were queued.
 */
export async function sendBookingReminders(db: Db, now: Date): Promise<number> {
  let queued = 0;
  for (const [index, reminder] of REMINDERS.entries()) {
    const next = REMINDERS[index + 1];
    const latestStart = new Date(now.getTime() + reminder.beforeMs);
    const earliestStart = new Date(now.getTime() + (next?.beforeMs ?? 0));
    const keyPrefix = `reminder-${reminder.lead}-`;
    const due = await db
      .select({ booking: bookings, contact: contacts, type: meetingTypes, coach: coaches })
      .from(bookings)
      .innerJoin(contacts, eq(contacts.id, bookings.contactId))
      .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
      .innerJoin(coaches, eq(coaches.id, bookings.coachId))
      .where(
        and(
          eq(bookings.status, "confirmed"),
          gt(bookings.startsAt, earliestStart),
          lte(bookings.startsAt, latestStart),
          // Made before the reminder was due; otherwise the confirmation is reminder enough.
          sql`${bookings.createdAt} <= ${bookings.startsAt} - make_interval(secs => ${reminder.beforeMs / 1000})`,
          sql`not exists (select 1 from ${emailOutbox} where ${emailOutbox.dedupeKey} = ${keyPrefix} || ${bookings.id}::text)`,
        ),
      );
    for (const { booking, contact, type, coach } of due) {
      const tz = booking.inviteeTimezone;
      const props = {
        name: booking.inviteeName,
        typeName: type.name,
        coachName: coach.displayName,
        when: formatMeetingTime(booking.startsAt, booking.endsAt, tz),
        whenShort: formatMeetingShort(booking.startsAt, tz),
        lead: reminder.lead,
      };
      const added = await enqueueEmail(db, {
        to: contact.email,
        contactId: contact.id,
        subject: BookingReminderEmail.subject(props),
        kind: `booking_reminder_${reminder.lead}`,
        body: createElement(BookingReminderEmail, props),
        dedupeKey: reminderDedupeKey(reminder.lead, booking.id),
        now,
      });
      if (added) queued += 1;
    }
  }
  return queued;
}
