import { createElement } from "react";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type Booking, type Coach, type Contact, type MeetingType } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import BookingCancelledEmail from "@/emails/booking-cancelled";
import BookingCoachNotificationEmail from "@/emails/booking-coach-notification";
import BookingConfirmationEmail from "@/emails/booking-confirmation";
import { formatMeetingShort, formatMeetingTime } from "@/lib/format";
import { bookingUid, icsAttachment, type CalendarEvent } from "./ics";
import { manageUrlFor } from "./urls";

export type BookingParties = { booking: Booking; contact: Contact; type: MeetingType; coach: Coach };

async function coachAddress(db: Db, coach: Coach): Promise<string> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, coach.userId));
  return user.email;
}

export function calendarEventFor(p: BookingParties, status: CalendarEvent["status"], opts: { manageUrl?: string; sequence?: number; coachEmail?: string } = {}): CalendarEvent {
  return {
    uid: bookingUid(p.booking.id),
    start: p.booking.startsAt,
    end: p.booking.endsAt,
    title: `${p.type.name}: ${p.booking.inviteeName} and ${p.coach.displayName}`,
    description: opts.manageUrl ? `To reschedule or cancel: ${opts.manageUrl}` : p.type.description,
    url: opts.manageUrl,
    status,
    sequence: opts.sequence,
    organizer: opts.coachEmail ? { name: p.coach.displayName, email: opts.coachEmail } : undefined,
    attendee: { name: p.booking.inviteeName, email: p.contact.email },
  };
}

function answerLines(p: BookingParties) {
  return p.type.intakeQuestions
    .filter((q) => p.booking.intakeAnswers[q.id])
    .map((q) => ({ label: q.label, value: p.booking.intakeAnswers[q.id] }));
}

function contactUrl(contact: Contact) {
  return `${env().publicUrl}/coach/contacts/${contact.id}`;
}

/** Confirmation (with the invite and manage link) to the prospect, intake answers to the coach. */
export async function enqueueBookedEmails(db: Db, p: BookingParties, manageToken: string, now: Date) {
  const coachEmail = await coachAddress(db, p.coach);
  const manageUrl = manageUrlFor(manageToken);
  const tz = p.booking.inviteeTimezone;
  const props = {
    name: p.booking.inviteeName,
    typeName: p.type.name,
    coachName: p.coach.displayName,
    when: formatMeetingTime(p.booking.startsAt, p.booking.endsAt, tz),
    whenShort: formatMeetingShort(p.booking.startsAt, tz),
    manageUrl,
  };
  await enqueueEmail(db, {
    now,
    to: p.contact.email,
    contactId: p.contact.id,
    subject: BookingConfirmationEmail.subject(props),
    kind: "booking_confirmation",
    body: createElement(BookingConfirmationEmail, props),
    attachments: [icsAttachment([calendarEventFor(p, "CONFIRMED", { manageUrl, coachEmail })])],
  });
  const coachProps = {
    kind: "booked" as const,
    contactName: p.booking.inviteeName,
    contactEmail: p.contact.email,
    typeName: p.type.name,
    when: formatMeetingTime(p.booking.startsAt, p.booking.endsAt, p.coach.timezone),
    whenShort: formatMeetingShort(p.booking.startsAt, p.coach.timezone),
    answers: answerLines(p),
    source: p.booking.source,
    contactUrl: contactUrl(p.contact),
  };
  await enqueueEmail(db, {
    now,
    to: coachEmail,
    contactId: p.contact.id,
    subject: BookingCoachNotificationEmail.subject(coachProps),
    kind: "booking_new_coach",
    body: createElement(BookingCoachNotificationEmail, coachProps),
  });
}

/** The new time to the prospect (the invite replaces the old event), and a note to the coach. */
export async function enqueueRescheduledEmails(db: Db, next: BookingParties, previous: Booking, manageToken: string | null, now: Date) {
  const coachEmail = await coachAddress(db, next.coach);
  const tz = next.booking.inviteeTimezone;
  // Without the token (a change by the coach) the link in the first confirmation still works:
  // the token moved to the new booking.
  const manageUrl = manageToken ? manageUrlFor(manageToken) : undefined;
  const props = {
    name: next.booking.inviteeName,
    typeName: next.type.name,
    coachName: next.coach.displayName,
    when: formatMeetingTime(next.booking.startsAt, next.booking.endsAt, tz),
    whenShort: formatMeetingShort(next.booking.startsAt, tz),
    manageUrl,
    rescheduled: true,
  };
  const old: BookingParties = { ...next, booking: previous };
  await enqueueEmail(db, {
    now,
    to: next.contact.email,
    contactId: next.contact.id,
    subject: BookingConfirmationEmail.subject(props),
    kind: "booking_rescheduled",
    body: createElement(BookingConfirmationEmail, props),
    attachments: [icsAttachment([calendarEventFor(old, "CANCELLED", { sequence: 1, coachEmail }), calendarEventFor(next, "CONFIRMED", { manageUrl, coachEmail })])],
  });
  const coachProps = {
    kind: "rescheduled" as const,
    contactName: next.booking.inviteeName,
    contactEmail: next.contact.email,
    typeName: next.type.name,
    when: formatMeetingTime(next.booking.startsAt, next.booking.endsAt, next.coach.timezone),
    whenShort: formatMeetingShort(next.booking.startsAt, next.coach.timezone),
    previousWhen: formatMeetingTime(previous.startsAt, previous.endsAt, next.coach.timezone),
    answers: [],
    contactUrl: contactUrl(next.contact),
  };
  await enqueueEmail(db, {
    now,
    to: coachEmail,
    contactId: next.contact.id,
    subject: BookingCoachNotificationEmail.subject(coachProps),
    kind: "booking_rescheduled_coach",
    body: createElement(BookingCoachNotificationEmail, coachProps),
  });
}

/** Both sides hear that the call is off; the prospect's .ics removes the event. */
export async function enqueueCancelledEmails(db: Db, p: BookingParties, opts: { byCoach: boolean; reason: string | null; creditReturned: boolean }, now: Date) {
  const coachEmail = await coachAddress(db, p.coach);
  const tz = p.booking.inviteeTimezone;
  const props = {
    name: p.booking.inviteeName,
    typeName: p.type.name,
    coachName: p.coach.displayName,
    when: formatMeetingTime(p.booking.startsAt, p.booking.endsAt, tz),
    whenShort: formatMeetingShort(p.booking.startsAt, tz),
    byCoach: opts.byCoach,
    reason: opts.reason,
    creditReturned: opts.creditReturned,
    bookUrl: `${env().publicUrl}${p.type.visibility === "public" ? `/book/${p.type.slug}` : "/portal"}`,
  };
  await enqueueEmail(db, {
    now,
    to: p.contact.email,
    contactId: p.contact.id,
    subject: BookingCancelledEmail.subject(props),
    kind: "booking_cancelled",
    body: createElement(BookingCancelledEmail, props),
    attachments: [icsAttachment([calendarEventFor(p, "CANCELLED", { sequence: 1, coachEmail })], "cancel.ics")],
  });
  const coachProps = {
    kind: "cancelled" as const,
    contactName: p.booking.inviteeName,
    contactEmail: p.contact.email,
    typeName: p.type.name,
    when: formatMeetingTime(p.booking.startsAt, p.booking.endsAt, p.coach.timezone),
    whenShort: formatMeetingShort(p.booking.startsAt, p.coach.timezone),
    answers: [],
    reason: opts.reason,
    creditReturned: opts.creditReturned,
    contactUrl: contactUrl(p.contact),
  };
  await enqueueEmail(db, {
    now,
    to: coachEmail,
    contactId: p.contact.id,
    subject: BookingCoachNotificationEmail.subject(coachProps),
    kind: "booking_cancelled_coach",
    body: createElement(BookingCoachNotificationEmail, coachProps),
  });
}
