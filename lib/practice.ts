import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { coaches, users } from "@/db/schema";

/**
 * The practice's coach: the account named by AMBIT_COACH_EMAIL, else the first coach.
 * Ambit serves one coaching practice per installation.
 */
export async function getPracticeCoach(db: Db) {
  // eslint-disable-next-line no-restricted-properties -- static pages read it at build time, without the production secrets env() requires
  const email = (process.env.AMBIT_COACH_EMAIL || "coach@example.com").toLowerCase();
  const [byEmail] = await db.select({ coach: coaches }).from(coaches).innerJoin(users, eq(users.id, coaches.userId)).where(eq(users.email, email));
  if (byEmail) return byEmail.coach;
  const [first] = await db.select().from(coaches).orderBy(asc(coaches.createdAt)).limit(1);
  return first ?? null;
}
