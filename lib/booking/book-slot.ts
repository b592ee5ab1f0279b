import { and, asc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, contacts, packages, purchases, type Booking, type Contact } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { upsertContactByEmail } from "@/lib/crm/contacts";
import { getPracticeCoach } from "@/lib/practice";
import { isSlotAvailable, isValidTimeZone } from "@/lib/scheduling";
import { CreditRequiredError, InvalidBookingInputError, MeetingTypeNotFoundError, NoCreditError, SlotUnavailableError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { isExclusionViolation } from "@/db/sql-state";
import { formatMeetingTime } from "@/lib/format";
import { findMeetingType, loadSlotRules, lockCoachSchedule } from "./load-slot-rules";
import { enqueueBookedEmails } from "./notifications";
import { intakeAnswersSchema } from "./schemas";
import { createManageToken } from "./tokens";
import { manageUrlFor } from "./urls";
import { withTransaction } from "@/db/transaction";

export type BookSlotInput = {
  typeSlug: string;
  start: Date;
  name: string;
  email: string;
  /** The invitee's IANA zone: emails and pages show the time in it. */
  timezone: string;
  answers?: Record<string, string>;
  /** Article slug or page the booking came from. */
  source?: string | null;
  /** An existing contact of the coach (a signed-in client, or the coach booking for someone). */
  contactId?: string;
  /** Pay with one credit from the contact's package for this meeting type (needs contactId). */
  useCredit?: boolean;
  /** Who is booking; the rules are the same for everyone. */
  actor?: "invitee" | "coach" | "client";
};

export type BookSlotResult = { booking: Booking; manageToken: string; manageUrl: string };

/**
 * Books a slot, in one transaction: re-checks every rule against fresh busy times, upserts the
 * contact, takes a package credit if asked, inserts the booking, records the timeline and queues
 * both emails. On any error nothing is written. Throws the typed errors of ./errors.
 */
export async function bookSlot(db: Db, input: BookSlotInput, now: Date): Promise<BookSlotResult> {
  if (!isValidTimeZone(input.timezone)) throw new InvalidBookingInputError("Use an IANA time zone such as Europe/Paris", "timezone");
  if (Number.isNaN(input.start.getTime())) throw new InvalidBookingInputError("The start time is not a valid date", "start");
  if (input.useCredit && !input.contactId) throw new InvalidBookingInputError("A booking paid with a credit needs the client's contact", "contactId");

  const coach = await getPracticeCoach(db);
  if (!coach) throw new MeetingTypeNotFoundError(input.typeSlug);
  const type = await findMeetingType(db, coach.id, input.typeSlug, { publicOnly: false });
  if (!type) throw new MeetingTypeNotFoundError(input.typeSlug);
  if (type.visibility === "clients" && !input.useCredit) throw new CreditRequiredError();

  const parsedAnswers = intakeAnswersSchema(type.intakeQuestions, { requireAll: false }).safeParse(input.answers ?? {});
  if (!parsedAnswers.success) {
    const issue = parsedAnswers.error.issues[0];
    throw new InvalidBookingInputError(issue.message, `answers.${issue.path.join(".")}`);
  }
  const answers = parsedAnswers.data;
  const manage = createManageToken();
  const start = input.start;
  const end = new Date(start.getTime() + type.durationMinutes * 60_000);

  try {
    return await withTransaction(db, async (tx) => {
      await lockCoachSchedule(tx, coach, start, end);
      const rules = await loadSlotRules(tx, coach, type, now);
      if (!isSlotAvailable(rules, start)) throw new SlotUnavailableError();

      const contact = input.contactId
        ? await findContact(tx, coach.id, input.contactId)
        : (
            await upsertContactByEmail(tx, {
              coachId: coach.id,
              email: input.email,
              name: input.name,
              stage: type.kind === "discovery" ? "discovery_booked" : "lead",
              source: input.source ?? null,
              intake: type.kind === "discovery" && Object.keys(answers).length > 0 ? answers : undefined,
              now,
            })
          ).contact;

      const purchaseId = input.useCredit ? await takeCredit(tx, contact.id, type.id, now) : null;

      const [booking] = await tx
        .insert(bookings)
        .values({
          coachId: coach.id,
          contactId: contact.id,
          meetingTypeId: type.id,
          startsAt: start,
          endsAt: end,
          inviteeTimezone: input.timezone,
          // A signed-in client or the coach books for a known contact; a visitor's booking keeps
          // the name they typed, whatever name the contact with that email already has.
          inviteeName: input.contactId ? contact.name : input.name.trim(),
          intakeAnswers: answers,
          manageTokenHash: manage.hash,
          source: input.source ?? null,
          purchaseId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();

      await addActivity(tx, contact.id, "booked", `${type.name} booked for ${formatMeetingTime(start, end, coach.timezone)}`, {
        bookingId: booking.id,
        startsAt: start.toISOString(),
        by: input.actor ?? "invitee",
        source: input.source ?? null,
        purchaseId,
      });
      await enqueueBookedEmails(tx, { booking, contact, type, coach }, manage.token, now);
      return { booking, manageToken: manage.token, manageUrl: manageUrlFor(manage.token) };
    });
  } catch (err) {
    // Another booking got there first: the database's exclusion constraint has the last word.
    if (isExclusionViolation(err)) throw new SlotUnavailableError();
    throw err;
  }
}

async function findContact(db: Db, coachId: string, contactId: string): Promise<Contact> {
  if (!isUuid(contactId)) throw new InvalidBookingInputError("Unknown contact", "contactId");
  const [contact] = await db.select().from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.coachId, coachId)));
  if (!contact) throw new InvalidBookingInputError("Unknown contact", "contactId");
  return contact;
}

/**
 * Takes one unexpired credit for this meeting type: the soonest to expire first, then the oldest.
 * The conditional decrement is atomic, so two bookings can never spend the same last credit.
 */
async function takeCredit(db: Db, contactId: string, meetingTypeId: string, now: Date): Promise<string> {
  const candidates = await db
    .select({ id: purchases.id })
    .from(purchases)
    .innerJoin(packages, eq(packages.id, purchases.packageId))
    .where(and(eq(purchases.contactId, contactId), eq(packages.meetingTypeId, meetingTypeId), gt(purchases.sessionsRemaining, 0), ne(purchases.status, "refunded"), or(isNull(purchases.expiresAt), gt(purchases.expiresAt, now))))
    .orderBy(sql`${purchases.expiresAt} asc nulls last`, asc(purchases.createdAt));
  for (const candidate of candidates) {
    const [taken] = await db
      .update(purchases)
      .set({ sessionsRemaining: sql`${purchases.sessionsRemaining} - 1` })
      .where(and(eq(purchases.id, candidate.id), gt(purchases.sessionsRemaining, 0)))
      .returning({ id: purchases.id });
    if (taken) return taken.id;
  }
  throw new NoCreditError();
}
