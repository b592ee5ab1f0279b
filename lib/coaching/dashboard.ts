import { and, asc, desc, eq, gt, gte, isNull, lt, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, bookings, careerPlans, coaches, contacts, meetingTypes, type BookingStatus, type ContactStage } from "@/db/schema";
import { getLocalDate, localDayRange } from "@/lib/scheduling";
import { addCalendarDays } from "@/lib/scheduling/calendar-date";
import { withTransaction } from "@/db/transaction";

export type SessionSummary = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  contactId: string;
  contactName: string;
  typeName: string;
  typeKind: string;
};

/** Live sessions from the start of today to the end of today + `days` in the coach's zone. */
export async function getSessionsAhead(db: Db, coach: { id: string; timezone: string }, now: Date, days = 7): Promise<SessionSummary[]> {
  const today = getLocalDate(now, coach.timezone);
  const from = localDayRange(today, coach.timezone).start;
  const to = localDayRange(addCalendarDays(today, days), coach.timezone).end;
  return db
    .select({
      id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, status: bookings.status, contactId: contacts.id,
      contactName: contacts.name, typeName: meetingTypes.name, typeKind: meetingTypes.kind,
    })
    .from(bookings)
    .innerJoin(contacts, eq(contacts.id, bookings.contactId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.coachId, coach.id), ne(bookings.status, "cancelled"), gte(bookings.startsAt, from), lt(bookings.startsAt, to)))
    .orderBy(asc(bookings.startsAt));
}

/**
 * Reads when the coach last opened the dashboard, then records `now` as the new visit.
 * Returns the previous visit (null on the first one).
 */
export async function recordDashboardVisit(db: Db, coachId: string, now: Date): Promise<Date | null> {
  return withTransaction(db, async (t) => {
    const [row] = await t.select({ last: coaches.lastDashboardVisitAt }).from(coaches).where(eq(coaches.id, coachId)).for("update");
    await t.update(coaches).set({ lastDashboardVisitAt: now }).where(eq(coaches.id, coachId));
    return row?.last ?? null;
  });
}

export type NewLead = { id: string; name: string; email: string; stage: ContactStage; source: string | null; createdAt: Date };

/** Contacts created after `since` (the last visit; the last 7 days on a first visit), newest first. */
export async function getNewLeads(db: Db, coachId: string, since: Date | null, now: Date, limit = 20): Promise<NewLead[]> {
  const after = since ?? new Date(now.getTime() - 7 * 86_400_000);
  return db
    .select({ id: contacts.id, name: contacts.name, email: contacts.email, stage: contacts.stage, source: contacts.source, createdAt: contacts.createdAt })
    .from(contacts)
    .where(and(eq(contacts.coachId, coachId), gt(contacts.createdAt, after)))
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
