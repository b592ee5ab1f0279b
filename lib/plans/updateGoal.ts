import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals } from "@/db/schema";
import { findGoal } from "./findInPlan";
import { assertCoach, type PlanScope } from "./planScope";
import type { GoalUpdate } from "./validation";

export async function updateGoal(db: Db, scope: PlanScope, goalId: string, input: GoalUpdate): Promise<void> {
  assertCoach(scope);
  const goal = await findGoal(db, scope, goalId);
  if (Object.keys(input).length === 0) return;
  await db.update(goals).set(input).where(eq(goals.id, goal.id));
}
