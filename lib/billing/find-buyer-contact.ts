import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts } from "@/db/schema";

/** The coach's contact linked to a signed-in client, so their checkout is pre-filled and linked. */
export async function findBuyerContact(db: Db, coachId: string, userId: string) {
  const [row] = await db.select({ id: contacts.id, email: contacts.email }).from(contacts).where(and(eq(contacts.coachId, coachId), eq(contacts.userId, userId)));
  return row ?? null;
}
