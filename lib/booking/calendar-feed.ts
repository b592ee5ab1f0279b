import { and, eq, gte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, coaches, contacts, meetingTypes } from "@/db/schema";
import { env } from "@/lib/env";
import { bookingUid, buildIcs } from "./ics";
import { createSecretToken, hashToken, looksLikeToken } from "./tokens";

const FEED_HISTORY_MS = 90 * 86_400_000;

/**
 * Makes a new secret feed URL token for the coach and returns it; only its hash is kept, so the
 * previous URL stops working at once. Show the token to the coach now: it cannot be read back.
 */
export async function regenerateCalendarFeedToken(db: Db, coachId: string): Promise<string> {
  const token = createSecretToken();
  const updated = await db.update(coaches).set({ calendarTokenHash: hashToken(token) }).where(eq(coaches.id, coachId)).returning({ id: coaches.id });
  if (updated.length === 0) throw new Error("No such coach");
  return token;
}

/** The coach's calendar as iCalendar text (live bookings from 90 days ago on), or null for an unknown token. */
export async function getCalendarFeed(db: Db, token: string, now: Date): Promise<string | null> {
  if (!looksLikeToken(token)) return null;
  const [coach] = await db.select().from(coaches).where(eq(coaches.calendarTokenHash, hashToken(token)));
  if (!coach) return null;
  const rows = await db
    .select({ booking: bookings, contact: contacts, type: meetingTypes })
    .from(bookings)
    .innerJoin(contacts, eq(contacts.id, bookings.contactId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.coachId, coach.id), ne(bookings.status, "cancelled"), gte(bookings.endsAt, new Date(now.getTime() - FEED_HISTORY_MS))));
  const base = env().publicUrl;
  return buildIcs(
    rows.map(({ booking, contact, type }) => ({
      uid: bookingUid(booking.id),
      start: booking.startsAt,
      end: booking.endsAt,
      title: `${type.name}: ${contact.name}`,
      description: `${contact.name} <${contact.email}>\n${base}/coach/contacts/${contact.id}`,
      url: `${base}/coach/contacts/${contact.id}`,
      status: "CONFIRMED" as const,
    })),
    { calName: `${coach.displayName}: Ambit bookings` },
  );
}
