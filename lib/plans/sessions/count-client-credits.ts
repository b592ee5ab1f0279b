import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingTypes, packages, purchases } from "@/db/schema";

/** Session credits the client has left for a meeting type, across all their packages. */
export async function countClientCredits(db: Db, contactId: string, typeSlug = "coaching-session"): Promise<number> {
  const [row] = await db
    .select({ left: sql<number>`coalesce(sum(${purchases.sessionsRemaining}), 0)::int` })
    .from(purchases)
    .innerJoin(packages, eq(packages.id, purchases.packageId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, packages.meetingTypeId))
    .where(and(eq(purchases.contactId, contactId), eq(meetingTypes.slug, typeSlug), ne(purchases.status, "refunded")));
  return row?.left ?? 0;
}
