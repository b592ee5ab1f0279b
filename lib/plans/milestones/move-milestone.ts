import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { milestones } from "@/db/schema";
import { findMilestone } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import { reorder, type ReorderMove } from "../rules/reorder";

/** Moves a milestone up or down within its goal. */
export async function moveMilestone(db: Db, scope: PlanScope, milestoneId: string, move: ReorderMove): Promise<void> {
  assertCoach(scope, "Only your coach can change milestones");
  const { milestone } = await findMilestone(db, scope, milestoneId);
  await db.transaction(async (tx) => {
    const list = await tx.select({ id: milestones.id, position: milestones.position }).from(milestones).where(eq(milestones.goalId, milestone.goalId)).orderBy(milestones.position, milestones.dueDate).for("update");
    const before = new Map(list.map((m) => [m.id, m.position]));
    for (const m of reorder(list, milestone.id, move)) {
      if (before.get(m.id) !== m.position) await tx.update(milestones).set({ position: m.position }).where(eq(milestones.id, m.id));
    }
  });
}
