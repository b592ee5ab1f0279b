import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals } from "@/db/schema";
import { findGoal } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { GoalUpdate } from "../rules/validation";

export async function updateGoal(db: Db, scope: PlanScope, goalId: string, input: GoalUpdate): Promise<void> {
  assertCoach(scope);
  const goal = await findGoal(db, scope, goalId);
  if (Object.keys(input).length === 0) return;
  await db.update(goals).set(input).where(eq(goals.id, goal.id));
}
