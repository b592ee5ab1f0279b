"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireCoach } from "@/lib/auth/guards";
import type { ActionState } from "@/app/_components/forms/action-state";
import { parseForm, runAction, runClick } from "@/app/_components/forms/form-action";
import { getDb, withTransaction, type Db } from "@/lib/db";
import { addAchievement } from "@/lib/plans/growth/add-achievement";
import { addInterview } from "@/lib/plans/job-search/add-interview";
import { createActionItem } from "@/lib/plans/action-items/create-action-item";
import { createGoal } from "@/lib/plans/goals/create-goal";
import { createJobApplication } from "@/lib/plans/job-search/create-job-application";
import { createLearningItem } from "@/lib/plans/growth/create-learning-item";
import { createMilestone } from "@/lib/plans/milestones/create-milestone";
import { createNetworkingContact } from "@/lib/plans/job-search/create-networking-contact";
import { createPlanFromTemplate } from "@/lib/plans/plan/create-plan-from-template";
import { createSkill } from "@/lib/plans/growth/create-skill";
import { deleteAchievement } from "@/lib/plans/growth/delete-achievement";
import { deleteActionItem } from "@/lib/plans/action-items/delete-action-item";
import { deleteGoal } from "@/lib/plans/goals/delete-goal";
import { deleteInterview } from "@/lib/plans/job-search/delete-interview";
import { deleteJobApplication } from "@/lib/plans/job-search/delete-job-application";
import { deleteLearningItem } from "@/lib/plans/growth/delete-learning-item";
import { deleteMilestone } from "@/lib/plans/milestones/delete-milestone";
import { deleteNetworkingContact } from "@/lib/plans/job-search/delete-networking-contact";
import { deleteSkill } from "@/lib/plans/growth/delete-skill";
import { moveGoal } from "@/lib/plans/goals/move-goal";
import { moveMilestone } from "@/lib/plans/milestones/move-milestone";
import { findCoachContact, getCoachPlanScope, type PlanScope } from "@/lib/plans/plan/plan-scope";
import { savePlanAsTemplate } from "@/lib/plans/plan/save-plan-as-template";
import { setActionItemDone } from "@/lib/plans/action-items/set-action-item-done";
import { updateActionItem } from "@/lib/plans/action-items/update-action-item";
import { updateGoal } from "@/lib/plans/goals/update-goal";
import { updateJobApplication } from "@/lib/plans/job-search/update-job-application";
import { updateLearningItem } from "@/lib/plans/growth/update-learning-item";
import { updateMilestone } from "@/lib/plans/milestones/update-milestone";
import { updateNetworkingContact } from "@/lib/plans/job-search/update-networking-contact";
import { updatePlanHeader } from "@/lib/plans/plan/update-plan-header";
import { updateSkill } from "@/lib/plans/growth/update-skill";
import {
  achievementSchema,
  actionItemSchema,
  applyTemplateSchema,
  goalSchema,
  interviewSchema,
  jobApplicationSchema,
  learningSchema,
  milestoneSchema,
  networkingContactSchema,
  planHeaderSchema,
  skillSchema,
  templateSaveSchema,
} from "@/lib/plans/rules/validation";
import { env } from "@/lib/env";

const planPath = (contactId: string) => `/coach/clients/${contactId}/plan`;

/** Guard, parse, then run the service in one transaction inside the coach's scope. */
async function planForm<S extends z.ZodType>(contactId: string, formData: FormData, schema: S, work: (db: Db, scope: PlanScope, data: z.output<S>) => Promise<string>): Promise<ActionState> {
  const { coach } = await requireCoach(planPath(contactId));
  const parsed = parseForm(formData, schema);
  if (!parsed.ok) return parsed.state;
  const result = await runAction(parsed.values, () =>
    withTransaction(getDb(), async (db) => work(db, await getCoachPlanScope(db, coach.id, contactId), parsed.data)),
  );
  if (result.status === "ok") revalidatePath(planPath(contactId), "layout");
  return result;
}

/** The one-click forms: a missing or foreign target is a 404, as if the page had been opened. */
async function planClick(contactId: string, work: (db: Db, scope: PlanScope) => Promise<unknown>): Promise<void> {
  const { coach } = await requireCoach(planPath(contactId));
  await runClick(() => withTransaction(getDb(), async (db) => work(db, await getCoachPlanScope(db, coach.id, contactId))));
  revalidatePath(planPath(contactId), "layout");
}

export async function applyTemplateAction(contactId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach(planPath(contactId));
  const parsed = parseForm(formData, applyTemplateSchema);
  if (!parsed.ok) return parsed.state;
  const result = await runAction(parsed.values, () =>
    withTransaction(getDb(), async (db) => {
      const contact = await findCoachContact(db, coach.id, contactId);
      await createPlanFromTemplate(db, { contactId: contact.id, ...parsed.data, intake: contact.intake ?? undefined });
      return "Plan created";
    }),
  );
  if (result.status !== "ok") return result;
  revalidatePath(planPath(contactId), "layout");
  redirect(planPath(contactId));
}

export async function saveHeaderAction(contactId: string, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, planHeaderSchema, async (db, scope, data) => {
    await updatePlanHeader(db, scope, data, new Date());
    return "Plan saved";
  });
}

export async function saveGoalAction(contactId: string, goalId: string | null, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, goalSchema, async (db, scope, data) => {
    if (goalId) await updateGoal(db, scope, goalId, data);
    else await createGoal(db, scope, data);
    return goalId ? "Goal saved" : "Goal added";
  });
}

export async function saveMilestoneAction(contactId: string, milestoneId: string | null, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, milestoneSchema, async (db, scope, data) => {
    if (milestoneId) {
      const { goalId: _goalId, ...fields } = data;
      await updateMilestone(db, scope, milestoneId, fields, new Date());
    } else await createMilestone(db, scope, data, new Date());
    return milestoneId ? "Milestone saved" : "Milestone added";
  });
}

export async function saveActionItemAction(contactId: string, itemId: string | null, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, actionItemSchema, async (db, scope, data) => {
    if (itemId) await updateActionItem(db, scope, itemId, data, new Date());
    else await createActionItem(db, scope, data, new Date());
    return itemId ? "Action saved" : "Action added";
  });
}

export async function saveSkillAction(contactId: string, skillId: string | null, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, skillSchema, async (db, scope, data) => {
    if (skillId) await updateSkill(db, scope, skillId, data);
    else await createSkill(db, scope, data);
    return skillId ? "Skill saved" : "Skill added";
  });
}

export async function saveLearningAction(contactId: string, learningId: string | null, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, learningSchema, async (db, scope, data) => {
    if (learningId) await updateLearningItem(db, scope, learningId, data);
    else await createLearningItem(db, scope, data);
    return learningId ? "Learning saved" : "Learning added";
  });
}

export async function addAchievementAction(contactId: string, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, achievementSchema, async (db, scope, data) => {
    await addAchievement(db, scope, data);
    return "Achievement added";
  });
}

export async function saveApplicationAction(contactId: string, applicationId: string | null, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, jobApplicationSchema, async (db, scope, data) => {
    if (applicationId) await updateJobApplication(db, scope, applicationId, data);
    else await createJobApplication(db, scope, data);
    return applicationId ? "Application saved" : "Application added";
  });
}

export async function addInterviewAction(contactId: string, applicationId: string, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, interviewSchema, async (db, scope, data) => {
    await addInterview(db, scope, applicationId, data);
    return "Interview added";
  });
}

export async function saveNetworkingAction(contactId: string, personId: string | null, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, networkingContactSchema, async (db, scope, data) => {
    if (personId) await updateNetworkingContact(db, scope, personId, data);
    else await createNetworkingContact(db, scope, data);
    return personId ? "Contact saved" : "Contact added";
  });
}

export async function saveTemplateAction(contactId: string, _prev: ActionState, formData: FormData) {
  return planForm(contactId, formData, templateSaveSchema, async (db, scope, data) => {
    await savePlanAsTemplate(db, scope, data);
    return `Saved as the template “${data.name}”`;
  });
}

export async function moveGoalAction(contactId: string, goalId: string, move: "up" | "down") {
  await planClick(contactId, (db, scope) => moveGoal(db, scope, goalId, move));
}
export async function deleteGoalAction(contactId: string, goalId: string) {
  await planClick(contactId, (db, scope) => deleteGoal(db, scope, goalId));
}
export async function moveMilestoneAction(contactId: string, milestoneId: string, move: "up" | "down") {
  await planClick(contactId, (db, scope) => moveMilestone(db, scope, milestoneId, move));
}
export async function setMilestoneDoneAction(contactId: string, milestoneId: string, done: boolean) {
  await planClick(contactId, (db, scope) => updateMilestone(db, scope, milestoneId, { done }, new Date()));
}
export async function deleteMilestoneAction(contactId: string, milestoneId: string) {
  await planClick(contactId, (db, scope) => deleteMilestone(db, scope, milestoneId));
}
export async function setActionItemDoneAction(contactId: string, itemId: string, done: boolean) {
  await planClick(contactId, (db, scope) => setActionItemDone(db, scope, { itemId, done, now: new Date(), publicUrl: env().publicUrl }));
}
export async function deleteActionItemAction(contactId: string, itemId: string) {
  await planClick(contactId, (db, scope) => deleteActionItem(db, scope, itemId));
}
export async function deleteSkillAction(contactId: string, skillId: string) {
  await planClick(contactId, (db, scope) => deleteSkill(db, scope, skillId));
}
export async function deleteLearningAction(contactId: string, learningId: string) {
  await planClick(contactId, (db, scope) => deleteLearningItem(db, scope, learningId));
}
export async function deleteAchievementAction(contactId: string, achievementId: string) {
  await planClick(contactId, (db, scope) => deleteAchievement(db, scope, achievementId));
}
export async function deleteApplicationAction(contactId: string, applicationId: string) {
  await planClick(contactId, (db, scope) => deleteJobApplication(db, scope, applicationId));
}
export async function deleteInterviewAction(contactId: string, interviewId: string) {
  await planClick(contactId, (db, scope) => deleteInterview(db, scope, interviewId));
}
export async function deleteNetworkingAction(contactId: string, personId: string) {
  await planClick(contactId, (db, scope) => deleteNetworkingContact(db, scope, personId));
}
