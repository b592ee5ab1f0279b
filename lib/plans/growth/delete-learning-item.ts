import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { learningItems } from "@/db/schema";
import { findLearningItem } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";

export async function deleteLearningItem(db: Db, scope: PlanScope, learningId: string): Promise<void> {
  assertCoach(scope, "Only your coach can change the learning plan");
  const item = await findLearningItem(db, scope, learningId);
  await db.delete(learningItems).where(eq(learningItems.id, item.id));
}
