import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, type ActivityKind } from "@/db/schema";

const PLAN_KINDS: ActivityKind[] = ["plan_created", "action_done", "milestone_done", "achievement_added"];

/** The latest plan events on the contact's timeline (ticked items, milestones, achievements), newest first. */
export async function listPlanActivity(db: Db, contactId: string, limit = 10) {
  return db
    .select({ id: activities.id, kind: activities.kind, summary: activities.summary, createdAt: activities.createdAt })
    .from(activities)
    .where(and(eq(activities.contactId, contactId), inArray(activities.kind, PLAN_KINDS)))
    .orderBy(desc(activities.createdAt))
    .limit(limit);
}
