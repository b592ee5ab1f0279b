import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { learningItems } from "@/db/schema";
import { InvalidPlanInputError } from "@/lib/errors";
import { findLearningItem } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { LearningUpdate } from "../rules/validation";

export async function updateLearningItem(db: Db, scope: PlanScope, learningId: string, input: LearningUpdate): Promise<void> {
  assertCoach(scope, "Only your coach can change the learning plan");
  const item = await findLearningItem(db, scope, learningId);
  const start = input.startDate === undefined ? item.startDate : input.startDate;
  const end = input.endDate === undefined ? item.endDate : input.endDate;
  if (start && end && end < start) throw new InvalidPlanInputError("End date must be on or after the start date", "endDate");
  if (Object.keys(input).length === 0) return;
  await db.update(learningItems).set(input).where(eq(learningItems.id, item.id));
}
