import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, bookings, careerPlans, meetingTypes, notes, type Activity, type BookingStatus, type Contact, type IntakeQuestion } from "@/db/schema";
import { getContactForCoach } from "./manage-contacts";
import type { Note } from "./notes";

export type ContactSession = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  typeName: string;
  typeKind: string;
  intakeAnswers: Record<string, string>;
  intakeQuestions: IntakeQuestion[];
};

export type TimelineEntry =
  | { kind: "activity"; at: Date; activity: Activity }
  | { kind: "note"; at: Date; note: Note }
  | { kind: "session"; at: Date; session: ContactSession };

export type ContactDetail = {
  contact: Contact;
  notes: Note[];
  upcoming: ContactSession[];
  past: ContactSession[];
  planId: string | null;
  /** Intake answers with their question labels, from the latest discovery call (or the contact's stored intake). */
  intake: { label: string; answer: string }[];
  timeline: TimelineEntry[];
};

/** Everything the contact page shows, scoped to the coach. Throws NotFoundError for another coach's contact. */
export async function getContactDetail(db: Db, coachId: string, contactId: string, now: Date): Promise<ContactDetail> {
  const contact = await getContactForCoach(db, coachId, contactId);
  const [noteRows, activityRows, sessionRows, [plan]] = await Promise.all([
    db.select().from(notes).where(eq(notes.contactId, contact.id)).orderBy(desc(notes.createdAt)),
    db.select().from(activities).where(eq(activities.contactId, contact.id)).orderBy(desc(activities.createdAt)).limit(500),
    db
      .select({
        id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, status: bookings.status, typeName: meetingTypes.name,
        typeKind: meetingTypes.kind, intakeAnswers: bookings.intakeAnswers, intakeQuestions: meetingTypes.intakeQuestions,
      })
      .from(bookings)
      .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
      .where(and(eq(bookings.contactId, contact.id), eq(bookings.coachId, coachId)))
      .orderBy(asc(bookings.startsAt)),
    db.select({ id: careerPlans.id }).from(careerPlans).where(eq(careerPlans.contactId, contact.id)),
  ]);

  const upcoming = sessionRows.filter((s) => s.status === "confirmed" && s.endsAt.getTime() > now.getTime());
  const past = sessionRows.filter((s) => !upcoming.includes(s)).reverse();

  const timeline: TimelineEntry[] = [
    // Notes appear as themselves, so their "note added" entries would only repeat them.
    ...activityRows.filter((a) => a.kind !== "note_added").map((a) => ({ kind: "activity" as const, at: a.createdAt, activity: a })),
    ...noteRows.map((n) => ({ kind: "note" as const, at: n.createdAt, note: n })),
    ...sessionRows.filter((s) => s.startsAt.getTime() <= now.getTime()).map((s) => ({ kind: "session" as const, at: s.startsAt, session: s })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return { contact, notes: noteRows, upcoming, past, planId: plan?.id ?? null, intake: intakeOf(contact, sessionRows), timeline };
}

function intakeOf(contact: Contact, sessions: ContactSession[]): { label: string; answer: string }[] {
  const discovery = [...sessions].reverse().find((s) => s.typeKind === "discovery" && Object.keys(s.intakeAnswers).length > 0);
  const answers = discovery?.intakeAnswers ?? contact.intake ?? {};
  const questions = discovery?.intakeQuestions ?? [];
  const labels = new Map(questions.map((q) => [q.id, q.label]));
  // In the order the questions were asked (jsonb does not keep key order).
  const order = (id: string) => (questions.findIndex((q) => q.id === id) + 1 || questions.length + 1);
  return Object.entries(answers)
    .sort(([a], [b]) => order(a) - order(b))
    .filter(([, answer]) => typeof answer === "string" && answer.trim() !== "")
    .map(([id, answer]) => ({ label: labels.get(id) ?? id.replace(/[_-]+/g, " ").replace(/^./, (c) => c.toUpperCase()), answer }));
}
