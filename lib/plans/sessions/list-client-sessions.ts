import { and, asc, desc, eq, gte, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, meetingTypes } from "@/db/schema";
import { PlanNotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

// Only what a client may see of a session: never the coach's private notes.
const clientColumns = {
  id: bookings.id,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  status: bookings.status,
  sharedNotes: bookings.sharedNotes,
  purchaseId: bookings.purchaseId,
  typeName: meetingTypes.name,
  typeKind: meetingTypes.kind,
};

export type ClientSession = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: "confirmed" | "cancelled" | "completed" | "no_show";
  sharedNotes: string;
  purchaseId: string | null;
  typeName: string;
  typeKind: "discovery" | "coaching" | "other";
};

/** The client's sessions: upcoming (not yet ended, soonest first) and past (latest first), with shared notes only. */
export async function listClientSessions(db: Db, contactId: string, now: Date): Promise<{ upcoming: ClientSession[]; past: ClientSession[] }> {
  const select = () => db.select(clientColumns).from(bookings).innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId));
  const [upcoming, past] = await Promise.all([
    select().where(and(eq(bookings.contactId, contactId), gte(bookings.endsAt, now))).orderBy(asc(bookings.startsAt)),
    select().where(and(eq(bookings.contactId, contactId), lt(bookings.endsAt, now))).orderBy(desc(bookings.startsAt)).limit(100),
  ]);
  return { upcoming, past };
}

/** One of the client's own sessions; another client's id is "not found". */
export async function getClientSession(db: Db, contactId: string, bookingId: string): Promise<ClientSession> {
  if (!isUuid(bookingId)) throw new PlanNotFoundError("Session");
  const [row] = await db
    .select(clientColumns)
    .from(bookings)
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.id, bookingId), eq(bookings.contactId, contactId)));
  if (!row) throw new PlanNotFoundError("Session");
  return row;
}
