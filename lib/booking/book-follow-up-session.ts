import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts } from "@/db/schema";
import { bookSlot, type BookSlotResult } from "@/lib/booking";
import { PlanNotFoundError } from "@/lib/errors";

export const FOLLOW_UP_TYPE = "coaching-session";

/**
 * The signed-in client books a coaching session with one of their package credits. The booking
 * engine takes the credit in the booking's own transaction, so one credit can never pay twice.
 */
export async function bookFollowUpSession(db: Db, input: { contactId: string; start: Date; timezone: string }, now: Date): Promise<BookSlotResult> {
  const [contact] = await db.select().from(contacts).where(eq(contacts.id, input.contactId));
  if (!contact) throw new PlanNotFoundError("Client");
  return bookSlot(
    db,
    { typeSlug: FOLLOW_UP_TYPE, start: input.start, name: contact.name, email: contact.email, timezone: input.timezone, contactId: contact.id, useCredit: true, actor: "client", source: "portal" },
    now,
  );
}
