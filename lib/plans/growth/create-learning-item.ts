import type { Db } from "@/db/client";
import { learningItems } from "@/db/schema";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { LearningInput } from "../rules/validation";

export async function createLearningItem(db: Db, scope: PlanScope, input: LearningInput): Promise<{ learningId: string }> {
  assertCoach(scope, "Only your coach can change the learning plan");
  const [row] = await db.insert(learningItems).values({ ...input, planId: scope.planId }).returning({ id: learningItems.id });
  return { learningId: row.id };
}
