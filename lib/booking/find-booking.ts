import { and, eq, type SQL } from "drizzle-orm";
import { isUuid } from "@/lib/validation";
import type { Db } from "@/db/client";
import { bookings, coaches, contacts, meetingTypes } from "@/db/schema";
import { BookingNotChangeableError, BookingNotFoundError } from "@/lib/errors";
import type { BookingParties } from "./notifications";
import { hashToken, looksLikeToken } from "./tokens";

/** Which booking: by id (coach or portal, with their scope) or by the manage link's token. */
export type BookingRef = {
  bookingId?: string;
  token?: string;
  /** Limit to this coach's bookings (coach pages). */
  coachId?: string;
  /** Limit to this contact's bookings (the client portal). */
  contactId?: string;
};

/** The booking with its contact, meeting type and coach; null when the reference matches nothing. */
export async function findBooking(db: Db, ref: BookingRef, opts: { forUpdate?: boolean } = {}): Promise<BookingParties | null> {
  const where: SQL[] = [];
  if (ref.token !== undefined) {
    if (!looksLikeToken(ref.token)) return null;
    where.push(eq(bookings.manageTokenHash, hashToken(ref.token)));
  }
  if (ref.bookingId !== undefined) {
    if (!isUuid(ref.bookingId)) return null;
    where.push(eq(bookings.id, ref.bookingId));
  }
  if (where.length === 0) return null;
  if (ref.coachId) where.push(eq(bookings.coachId, ref.coachId));
  if (ref.contactId) where.push(eq(bookings.contactId, ref.contactId));
  const query = db
    .select({ booking: bookings, contact: contacts, type: meetingTypes, coach: coaches })
    .from(bookings)
    .innerJoin(contacts, eq(contacts.id, bookings.contactId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .innerJoin(coaches, eq(coaches.id, bookings.coachId))
    .where(and(...where));
  const [row] = opts.forUpdate ? await query.for("update", { of: bookings }) : await query;
  return row ?? null;
}

/** Locks the booking for a change and checks it can still be changed (live and in the future). */
export async function findChangeableBooking(db: Db, ref: BookingRef, now: Date): Promise<BookingParties> {
  const found = await findBooking(db, ref, { forUpdate: true });
  if (!found) throw new BookingNotFoundError();
  if (found.booking.status === "cancelled") throw new BookingNotChangeableError("This booking was already cancelled.");
  if (found.booking.status !== "confirmed" || found.booking.startsAt.getTime() <= now.getTime()) {
    throw new BookingNotChangeableError("This booking is in the past and can no longer be changed.");
  }
  return found;
}
