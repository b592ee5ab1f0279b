import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals } from "@/db/schema";
import { nextPosition } from "../plan/next-position";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { GoalInput } from "../rules/validation";

/** Adds a goal at the end of the plan's list. */
export async function createGoal(db: Db, scope: PlanScope, input: GoalInput): Promise<{ goalId: string }> {
  assertCoach(scope);
  const position = await nextPosition(db, goals, goals.position, eq(goals.planId, scope.planId));
  const [row] = await db.insert(goals).values({ ...input, planId: scope.planId, position }).returning({ id: goals.id });
  return { goalId: row.id };
}
