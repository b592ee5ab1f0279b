import { and, asc, desc, eq, gt, gte, isNull, lt, lte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, bookings, careerPlans, coaches, contacts, meetingTypes, type BookingStatus, type ContactStage } from "@/db/schema";
import { movedToId } from "@/lib/booking/moved-to-id";
import { getLocalDate, localDayRange } from "@/lib/scheduling";
import { addCalendarDays } from "@/lib/scheduling/calendar-date";

export type SessionSummary = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  contactId: string;
  contactName: string;
  typeName: string;
  typeKind: string;
  /** Set on a cancelled row that was rescheduled: the booking that took its place. */
  movedToId: string | null;
};

/** Live sessions from the start of today to the end of today + `days` in the coach's zone. */
export async function getSessionsAhead(db: Db, coach: { id: string; timezone: string }, now: Date, days = 7): Promise<SessionSummary[]> {
  const today = getLocalDate(now, coach.timezone);
  const from = localDayRange(today, coach.timezone).start;
  const to = localDayRange(addCalendarDays(today, days), coach.timezone).end;
  return db
    .select({
      id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, status: bookings.status, contactId: contacts.id,
      contactName: contacts.name, typeName: meetingTypes.name, typeKind: meetingTypes.kind, movedToId,
    })
    .from(bookings)
    .innerJoin(contacts, eq(contacts.id, bookings.contactId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.coachId, coach.id), ne(bookings.status, "cancelled"), gte(bookings.startsAt, from), lt(bookings.startsAt, to)))
    .orderBy(asc(bookings.startsAt));
}

/** The moment the coach last marked every new lead seen (null before the first time). */
export async function getLeadsSeenAt(db: Db, coachId: string): Promise<Date | null> {
  const [row] = await db.select({ at: coaches.leadsSeenAt }).from(coaches).where(eq(coaches.id, coachId));
  return row?.at ?? null;
}

/** "Mark all seen": every lead created up to `now` stops being new. */
export async function markLeadsSeen(db: Db, coachId: string, now: Date): Promise<void> {
  await db.update(coaches).set({ leadsSeenAt: now }).where(eq(coaches.id, coachId));
}

/** Opening a contact marks it seen (once: the first opening is kept). */
export async function markContactSeen(db: Db, coachId: string, contactId: string, now: Date): Promise<void> {
  await db.update(contacts).set({ seenAt: now }).where(and(eq(contacts.id, contactId), eq(contacts.coachId, coachId), isNull(contacts.seenAt)));
}

export type NewLead = { id: string; name: string; email: string; stage: ContactStage; source: string | null; createdAt: Date };

/**
 * Contacts the coach has not looked at yet: never opened, and created after the last "mark all
 * seen" (within the last 7 days before the first one). Reading them changes nothing, so a reload
 * shows the same list. Newest first.
 */
export async function getNewLeads(db: Db, coachId: string, now: Date, limit = 20): Promise<NewLead[]> {
  const after = (await getLeadsSeenAt(db, coachId)) ?? new Date(now.getTime() - 7 * 86_400_000);
  return db
    .select({ id: contacts.id, name: contacts.name, email: contacts.email, stage: contacts.stage, source: contacts.source, createdAt: contacts.createdAt })
    .from(contacts)
    .where(and(eq(contacts.coachId, coachId), isNull(contacts.seenAt), gt(contacts.createdAt, after), lte(contacts.createdAt, now)))
    .orderBy(desc(contacts.createdAt))
    .limit(limit);
}

export type OverdueAction = { id: string; title: string; owner: "client" | "coach"; dueDate: string; contactId: string; contactName: string; planId: string };

/** Open action items due before `today` (YYYY-MM-DD, coach's zone) on any of the coach's clients' plans. */
export async function getOverdueActionItems(db: Db, coachId: string, today: string, limit = 50): Promise<OverdueAction[]> {
  const rows = await db
    .select({
      id: actionItems.id, title: actionItems.title, owner: actionItems.owner, dueDate: actionItems.dueDate, contactId: contacts.id,
      contactName: contacts.name, planId: careerPlans.id,
    })
    .from(actionItems)
    .innerJoin(careerPlans, eq(careerPlans.id, actionItems.planId))
    .innerJoin(contacts, eq(contacts.id, careerPlans.contactId))
    .where(and(eq(contacts.coachId, coachId), isNull(actionItems.doneAt), lt(actionItems.dueDate, today)))
    .orderBy(asc(actionItems.dueDate))
    .limit(limit);
  return rows.map((r) => ({ ...r, dueDate: r.dueDate! }));
}
