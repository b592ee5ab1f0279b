import { and, eq, gt, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { withTransaction } from "@/db/transaction";
import { bookings, contacts, users } from "@/db/schema";
import { findTimeZone } from "@/lib/zones/zone-names";
import { InvalidInputError } from "@/lib/errors";

export const UNKNOWN_ZONE_MESSAGE = "We don't know that time zone. Type a city, such as Los Angeles or Kolkata, and pick it from the list.";

/**
 * Sets the zone a client reads times in, from what they typed (a city, a zone or its label), and
 * moves their coming sessions to it, so confirmations, reminders and the manage page agree with
 * the portal. Nothing is written when the zone is unknown. Returns the zone saved.
 */
export async function setClientTimeZone(db: Db, userId: string, typed: string, opts: { now: Date; locale?: string }): Promise<string> {
  const zone = findTimeZone(typed, opts.now, opts.locale);
  if (!zone) throw new InvalidInputError({ timezone: [UNKNOWN_ZONE_MESSAGE] });
  await withTransaction(db, async (tx) => {
    await tx.update(users).set({ timezone: zone }).where(eq(users.id, userId));
    const own = tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.userId, userId));
    await tx
      .update(bookings)
      .set({ inviteeTimezone: zone })
      .where(and(inArray(bookings.contactId, own), gt(bookings.startsAt, opts.now), eq(bookings.status, "confirmed")));
  });
  return zone;
}
