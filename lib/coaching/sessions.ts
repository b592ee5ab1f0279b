import { and, asc, desc, eq, gte, lt, ne, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { actionItems, BOOKING_STATUSES, bookings, careerPlans, contacts, meetingTypes, users, type Booking, type BookingStatus, type Contact, type MeetingType } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { fieldErrorsOf } from "@/lib/crm/contact-input";
import { AppError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { stageLabel } from "@/lib/crm/manage-contacts";
import { localDayRange } from "@/lib/scheduling";
import { addCalendarDays, getWeekdayOfCalendarDate } from "@/lib/scheduling/calendar-date";
import type { SessionSummary } from "./dashboard";
import { splitNoteLines } from "./note-lines";
import { withTransaction } from "@/db/transaction";

export const sessionFilterSchema = z.object({
  when: z.enum(["upcoming", "past"]).catch("upcoming"),
  type: z.string().refine(isUuid).optional().catch(undefined),
  status: z.enum(BOOKING_STATUSES).optional().catch(undefined),
});
export type SessionFilter = z.infer<typeof sessionFilterSchema>;

const summaryColumns = {
  id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, status: bookings.status, contactId: contacts.id,
  contactName: contacts.name, typeName: meetingTypes.name, typeKind: meetingTypes.kind,
};

/** Upcoming (ending after now, soonest first) or past (most recent first) sessions, filtered by type and status. */
export async function listSessions(db: Db, coachId: string, filter: SessionFilter, now: Date, limit = 200): Promise<SessionSummary[]> {
  const where: SQL[] = [eq(bookings.coachId, coachId)];
  where.push(filter.when === "upcoming" ? gte(bookings.endsAt, now) : lt(bookings.endsAt, now));
  if (filter.type) where.push(eq(bookings.meetingTypeId, filter.type));
  if (filter.status) where.push(eq(bookings.status, filter.status));
  return db
    .select(summaryColumns)
    .from(bookings)
    .innerJoin(contacts, eq(contacts.id, bookings.contactId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(...where))
    .orderBy(filter.when === "upcoming" ? asc(bookings.startsAt) : desc(bookings.startsAt))
    .limit(limit);
}

/** The Monday (YYYY-MM-DD) of the week containing `date`. */
export function mondayOf(date: string): string {
  const weekday = getWeekdayOfCalendarDate(date);
  return addCalendarDays(date, -((weekday + 6) % 7));
}

/** The seven local days of the week starting `monday`, each with its live sessions, in the coach's zone. */
export async function getWeekSessions(db: Db, coach: { id: string; timezone: string }, monday: string) {
  const from = localDayRange(monday, coach.timezone).start;
  const to = localDayRange(addCalendarDays(monday, 6), coach.timezone).end;
  const rows = await db
    .select(summaryColumns)
    .from(bookings)
    .innerJoin(contacts, eq(contacts.id, bookings.contactId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.coachId, coach.id), ne(bookings.status, "cancelled"), gte(bookings.startsAt, from), lt(bookings.startsAt, to)))
    .orderBy(asc(bookings.startsAt));
  return Array.from({ length: 7 }, (_, i) => {
    const date = addCalendarDays(monday, i);
    const day = localDayRange(date, coach.timezone);
    return { date, sessions: rows.filter((r) => r.startsAt >= day.start && r.startsAt < day.end) };
  });
}

export type SessionDetail = {
  booking: Booking;
  contact: Contact;
  type: MeetingType;
  planId: string | null;
  actionItems: { id: string; title: string; owner: "client" | "coach"; dueDate: string | null; doneAt: Date | null }[];
};

/** One session of the coach with its client, type, plan and the action items created from it. */
export async function getSessionForCoach(db: Db, coachId: string, bookingId: string): Promise<SessionDetail> {
  if (!isUuid(bookingId)) throw new NotFoundError("Session");
  const [row] = await db
    .select({ booking: bookings, contact: contacts, type: meetingTypes })
    .from(bookings)
    .innerJoin(contacts, eq(contacts.id, bookings.contactId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.coachId, coachId)));
  if (!row) throw new NotFoundError("Session");
  const [plan] = await db.select({ id: careerPlans.id }).from(careerPlans).where(eq(careerPlans.contactId, row.contact.id));
  const items = await db
    .select({ id: actionItems.id, title: actionItems.title, owner: actionItems.owner, dueDate: actionItems.dueDate, doneAt: actionItems.doneAt })
    .from(actionItems)
    .where(eq(actionItems.bookingId, row.booking.id))
    .orderBy(asc(actionItems.createdAt));
  return { ...row, planId: plan?.id ?? null, actionItems: items };
}

export class SessionStateError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

/**
 * Records how a session went. Completed discovery calls move the lead to "discovery done"; a
 * no-show on a discovery call moves a "discovery booked" lead back to "lead". Both are on the timeline.
 * Only a confirmed session, or one already marked the other way, can be marked.
 */
export async function markSessionOutcome(db: Db, opts: { coachId: string; bookingId: string; outcome: "completed" | "no_show"; now: Date }): Promise<BookingStatus> {
  return withTransaction(db, async (t) => {
    const { booking, contact, type } = await getSessionForCoach(t, opts.coachId, opts.bookingId);
    if (booking.status === "cancelled") throw new SessionStateError("A cancelled session cannot be marked");
    if (booking.status === opts.outcome) return booking.status;
    await t.update(bookings).set({ status: opts.outcome, updatedAt: opts.now }).where(and(eq(bookings.id, booking.id), eq(bookings.coachId, opts.coachId)));
    const label = opts.outcome === "completed" ? "held" : "missed (no-show)";
    await addActivity(t, contact.id, opts.outcome, `${type.name} ${label}`, { bookingId: booking.id });
    if (type.kind === "discovery") {
      let next = contact.stage;
      if (opts.outcome === "no_show" && contact.stage === "discovery_booked") next = "lead";
      if (opts.outcome === "completed" && (contact.stage === "lead" || contact.stage === "discovery_booked")) next = "discovery_done";
      if (next !== contact.stage) {
        await t.update(contacts).set({ stage: next, updatedAt: opts.now }).where(and(eq(contacts.id, contact.id), eq(contacts.coachId, opts.coachId)));
        await addActivity(t, contact.id, "stage_changed", `Stage: ${stageLabel(contact.stage)} → ${stageLabel(next)}`, { from: contact.stage, to: next });
      }
    }
    return opts.outcome;
  });
}

export const sessionNotesSchema = z.object({
  privateNotes: z.string().max(50_000, "Private notes are too long (50,000 characters at most)").default(""),
  sharedNotes: z.string().max(50_000, "Shared notes are too long (50,000 characters at most)").default(""),
});

/** Saves both parts of the session notes: private (coach only) and shared (the client sees it). */
export async function saveSessionNotes(db: Db, opts: { coachId: string; bookingId: string; input: unknown; now: Date }): Promise<void> {
  const parsed = sessionNotesSchema.safeParse(opts.input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  const { booking } = await getSessionForCoach(db, opts.coachId, opts.bookingId);
  await db
    .update(bookings)
    .set({ privateNotes: parsed.data.privateNotes, sharedNotes: parsed.data.sharedNotes, updatedAt: opts.now })
    .where(and(eq(bookings.id, booking.id), eq(bookings.coachId, opts.coachId)));
}

export class NoPlanError extends AppError {
  constructor() {
    super("conflict", "This client has no career plan yet: create one before adding action items");
  }
}

export const actionItemsFromNotesSchema = z.object({
  lines: z.array(z.string().trim().min(1).max(300)).min(1, "Select at least one line"),
  owner: z.enum(["client", "coach"]).default("client"),
  dueDate: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "Use a date like 2026-12-31"),
});

/**
 * Turns chosen lines of the session's notes into action items on the client's plan, linked to
 * the session. Lines must come from the notes (shared or private). Throws NoPlanError when the
 * client has no plan. Returns the number created.
 */
export async function createActionItemsFromNotes(db: Db, opts: { coachId: string; bookingId: string; input: unknown }): Promise<number> {
  const parsed = actionItemsFromNotesSchema.safeParse(opts.input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  return withTransaction(db, async (t) => {
    const { booking, planId } = await getSessionForCoach(t, opts.coachId, opts.bookingId);
    if (!planId) throw new NoPlanError();
    const available = new Set([...splitNoteLines(booking.sharedNotes), ...splitNoteLines(booking.privateNotes)]);
    const lines = [...new Set(parsed.data.lines)];
    const unknown = lines.filter((l) => !available.has(l));
    if (unknown.length) throw new InvalidInputError({ lines: ["Those lines are no longer in the notes: save the notes and try again"] });
    await t.insert(actionItems).values(lines.map((title) => ({ planId, title, owner: parsed.data.owner, dueDate: parsed.data.dueDate, bookingId: booking.id })));
    return lines.length;
  });
}

/** The zone to show a client their times in: their portal account's, else their latest booking's, else `fallback`. */
export async function inviteeTimeZoneFor(db: Db, contact: Contact, fallback: string): Promise<string> {
  if (contact.userId) {
    const [user] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, contact.userId));
    if (user) return user.timezone;
  }
  const [latest] = await db.select({ tz: bookings.inviteeTimezone }).from(bookings).where(eq(bookings.contactId, contact.id)).orderBy(desc(bookings.createdAt)).limit(1);
  return latest?.tz ?? fallback;
}

export { BOOKING_STATUSES };
