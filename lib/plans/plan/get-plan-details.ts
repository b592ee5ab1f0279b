import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { achievements, actionItems, careerPlans, goals, interviews, jobApplications, learningItems, milestones, networkingContacts, skills } from "@/db/schema";
import { PlanNotFoundError } from "@/lib/errors";
import type { PlanScope } from "./plan-scope";

export type PlanDetails = Awaited<ReturnType<typeof getPlanDetails>>;

/** Everything in the scoped plan, each list in display order. */
export async function getPlanDetails(db: Db, scope: PlanScope) {
  const planId = scope.planId;
  const [plan] = await db.select().from(careerPlans).where(eq(careerPlans.id, planId));
  if (!plan) throw new PlanNotFoundError();
  const goalRows = await db.select().from(goals).where(eq(goals.planId, planId)).orderBy(asc(goals.position), asc(goals.createdAt));
  const goalIds = goalRows.map((goal) => goal.id);
  const [milestoneRows, itemRows, skillRows, learningRows, achievementRows, applicationRows, networkingRows] = await Promise.all([
    goalIds.length ? db.select().from(milestones).where(inArray(milestones.goalId, goalIds)).orderBy(asc(milestones.position), asc(milestones.dueDate)) : [],
    db.select().from(actionItems).where(eq(actionItems.planId, planId)).orderBy(asc(actionItems.dueDate), asc(actionItems.createdAt)),
    db.select().from(skills).where(eq(skills.planId, planId)).orderBy(asc(skills.name)),
    db.select().from(learningItems).where(eq(learningItems.planId, planId)).orderBy(asc(learningItems.startDate), asc(learningItems.title)),
    db.select().from(achievements).where(eq(achievements.planId, planId)).orderBy(desc(achievements.achievedOn), desc(achievements.createdAt)),
    db.select().from(jobApplications).where(eq(jobApplications.planId, planId)).orderBy(desc(jobApplications.createdAt)),
    db.select().from(networkingContacts).where(eq(networkingContacts.planId, planId)).orderBy(asc(networkingContacts.followUpOn), asc(networkingContacts.name)),
  ]);
  const applicationIds = applicationRows.map((application) => application.id);
  const interviewRows = applicationIds.length
    ? await db.select().from(interviews).where(inArray(interviews.applicationId, applicationIds)).orderBy(asc(interviews.scheduledOn))
    : [];
  return {
    plan,
    goals: goalRows,
    milestones: milestoneRows,
    actionItems: itemRows,
    skills: skillRows,
    learning: learningRows,
    achievements: achievementRows,
    applications: applicationRows,
    interviews: interviewRows,
    networking: networkingRows,
  };
}
