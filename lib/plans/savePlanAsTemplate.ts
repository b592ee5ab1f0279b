import type { Db } from "@/db/client";
import { planTemplates } from "@/db/schema";
import { getPlanDetails } from "./getPlanDetails";
import { formatIsoDate } from "./isoDate";
import { assertCoach, type PlanScope } from "./planScope";
import { planToTemplateBody } from "./savedTemplate";
import type { TemplateSaveInput } from "./validation";

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
