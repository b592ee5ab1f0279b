import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { milestones } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { findMilestone } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { MilestoneUpdate } from "../rules/validation";

/** Changes a milestone; marking it done records the day and a "milestone reached" timeline entry. */
export async function updateMilestone(db: Db, scope: PlanScope, milestoneId: string, input: MilestoneUpdate, now: Date): Promise<void> {
  assertCoach(scope, "Only your coach can change milestones");
  const { milestone } = await findMilestone(db, scope, milestoneId);
  const { done, ...fields } = input;
  const becameDone = done === true && milestone.doneAt == null;
  const doneAt = done === undefined ? undefined : done ? (milestone.doneAt ?? now) : null;
  await db.update(milestones).set({ ...fields, doneAt }).where(eq(milestones.id, milestone.id));
  if (becameDone) {
    await addActivity(db, scope.contactId, "milestone_done", `Milestone reached: ${fields.title ?? milestone.title}`, { milestoneId: milestone.id, goalId: milestone.goalId });
  }
}
