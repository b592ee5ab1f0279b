import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals } from "@/db/schema";
import { findGoal } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";

/** Removes a goal with its milestones; its action items, applications and contacts stay, unlinked. */
export async function deleteGoal(db: Db, scope: PlanScope, goalId: string): Promise<void> {
  assertCoach(scope);
  const goal = await findGoal(db, scope, goalId);
  await db.delete(goals).where(eq(goals.id, goal.id));
}
