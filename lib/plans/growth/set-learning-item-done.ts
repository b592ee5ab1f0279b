import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { learningItems } from "@/db/schema";
import { findLearningItem } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";

/** Marks a learning item done, or back to in progress: the one change a client makes to their learning plan. */
export async function setLearningItemDone(db: Db, scope: PlanScope, learningId: string, done: boolean): Promise<void> {
  const item = await findLearningItem(db, scope, learningId);
  await db.update(learningItems).set({ status: done ? "done" : "in_progress" }).where(eq(learningItems.id, item.id));
}
