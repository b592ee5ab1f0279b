import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { coaches, users } from "@/db/schema";

/** The coach's name, address and zone, for the messages a payment sends. */
export async function getCoachContactDetails(db: Db, coachId: string) {
  const [row] = await db
    .select({ id: coaches.id, displayName: coaches.displayName, timezone: coaches.timezone, email: users.email })
    .from(coaches)
    .innerJoin(users, eq(users.id, coaches.userId))
    .where(eq(coaches.id, coachId));
  return row ?? null;
}
