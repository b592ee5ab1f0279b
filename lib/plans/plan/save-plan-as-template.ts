import type { Db } from "@/db/client";
import { planTemplates } from "@/db/schema";
import { getPlanDetails } from "./get-plan-details";
import { formatIsoDate } from "../rules/iso-date";
import { assertCoach, type PlanScope } from "./plan-scope";
import { planToTemplateBody } from "../rules/saved-template";
import type { TemplateSaveInput } from "../rules/validation";

/** Saves the plan's structure (goals, milestones, actions, skills, learning; dates relative to its start) as the coach's template. */
export async function savePlanAsTemplate(db: Db, scope: PlanScope, input: TemplateSaveInput): Promise<{ templateId: string }> {
  assertCoach(scope);
  const details = await getPlanDetails(db, scope);
  const start = details.plan.startedOn ?? formatIsoDate(details.plan.createdAt);
  const body = planToTemplateBody({ ...details.plan, goals: details.goals, milestones: details.milestones, actionItems: details.actionItems, skills: details.skills, learning: details.learning }, start);
  const [row] = await db
    .insert(planTemplates)
    .values({ coachId: scope.coachId, name: input.name, description: input.description, body })
    .returning({ id: planTemplates.id });
  return { templateId: row.id };
}
