import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** Turns the weekly digest off (keeping the first opt-out time) or back on for a user. */
export async function setDigestOptOut(db: Db, userId: string, optOut: boolean, now: Date): Promise<boolean> {
  const [user] = await db.select({ id: users.id, digestOptOut: users.digestOptOut }).from(users).where(eq(users.id, userId));
  if (!user) return false;
  await db.update(users).set({ digestOptOut: optOut ? (user.digestOptOut ?? now) : null }).where(eq(users.id, user.id));
  return true;
}
