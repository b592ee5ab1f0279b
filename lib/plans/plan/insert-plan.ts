import type { Db } from "@/db/client";
import { actionItems, careerPlans, goals, learningItems, milestones, skills } from "@/db/schema";
import { isUniqueViolation } from "@/db/sql-state";
import { PlanAlreadyExistsError } from "@/lib/errors";
import type { PlanDraft } from "../rules/saved-template";

/** Inserts a drafted plan with all its rows for `contactId`; a second plan for the contact is refused. */
export async function insertPlan(db: Db, contactId: string, draft: PlanDraft): Promise<string> {
  const { goals: draftGoals, looseActions = [], skills: draftSkills, learning, ...header } = draft;
  let planId: string;
  try {
    // A savepoint: the unique violation of a concurrent second plan must not poison the caller's transaction.
    planId = await db.transaction(async (tx) => {
      const [row] = await tx.insert(careerPlans).values({ ...header, contactId }).returning({ id: careerPlans.id });
      return row.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new PlanAlreadyExistsError();
    throw err;
  }
  for (const goal of draftGoals) {
    const { milestones: steps, actions, ...fields } = goal;
    const [row] = await db.insert(goals).values({ ...fields, planId }).returning({ id: goals.id });
    if (steps.length > 0) await db.insert(milestones).values(steps.map((step) => ({ ...step, goalId: row.id })));
    if (actions.length > 0) await db.insert(actionItems).values(actions.map((action) => ({ ...action, planId, goalId: row.id })));
  }
  if (looseActions.length > 0) await db.insert(actionItems).values(looseActions.map((action) => ({ ...action, planId })));
  if (draftSkills.length > 0) await db.insert(skills).values(draftSkills.map((skill) => ({ ...skill, planId })));
  if (learning.length > 0) await db.insert(learningItems).values(learning.map((item) => ({ ...item, planId })));
  return planId;
}
