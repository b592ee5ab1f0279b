import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** Whether the user has turned the weekly digest off. */
export async function getDigestOptOut(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ at: users.digestOptOut }).from(users).where(eq(users.id, userId));
  return row?.at != null;
}
