import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { milestones } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { findGoal } from "../plan/find-in-plan";
import { nextPosition } from "../plan/next-position";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { MilestoneInput } from "../rules/validation";

/** Adds a milestone at the end of its goal's list. */
export async function createMilestone(db: Db, scope: PlanScope, input: MilestoneInput, now: Date): Promise<{ milestoneId: string }> {
  assertCoach(scope, "Only your coach can change milestones");
  const goal = await findGoal(db, scope, input.goalId);
  const position = await nextPosition(db, milestones, milestones.position, eq(milestones.goalId, goal.id));
  const [row] = await db
    .insert(milestones)
    .values({ goalId: goal.id, title: input.title, dueDate: input.dueDate, doneAt: input.done ? now : null, position })
    .returning({ id: milestones.id });
  if (input.done) await addActivity(db, scope.contactId, "milestone_done", `Milestone reached: ${input.title}`, { milestoneId: row.id, goalId: goal.id });
  return { milestoneId: row.id };
}
