import type { Db } from "@/db/client";
import { activities, type ActivityKind } from "@/db/schema";

/** Adds an entry to a contact's timeline. Call it inside the transaction of the change it records. */
export async function addActivity(db: Db, contactId: string, kind: ActivityKind, summary: string, data: Record<string, unknown> = {}) {
  await db.insert(activities).values({ contactId, kind, summary, data });
}
