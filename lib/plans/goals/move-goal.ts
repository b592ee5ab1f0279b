import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { goals } from "@/db/schema";
import { findGoal } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import { reorder, type ReorderMove } from "../rules/reorder";

/** Moves a goal up or down the plan's list (positions renumbered 0..n-1). */
export async function moveGoal(db: Db, scope: PlanScope, goalId: string, move: ReorderMove): Promise<void> {
  assertCoach(scope);
  await findGoal(db, scope, goalId);
  await db.transaction(async (tx) => {
    const list = await tx.select({ id: goals.id, position: goals.position }).from(goals).where(eq(goals.planId, scope.planId)).orderBy(goals.position, goals.createdAt).for("update");
    const before = new Map(list.map((goal) => [goal.id, goal.position]));
    for (const goal of reorder(list, goalId, move)) {
      if (before.get(goal.id) !== goal.position) await tx.update(goals).set({ position: goal.position }).where(eq(goals.id, goal.id));
    }
  });
}
