import type { Db } from "@/db/client";
import { jobApplications } from "@/db/schema";
import { checkGoalLink } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";
import type { JobApplicationInput } from "../rules/validation";

/** Adds a job application; the client keeps these up to date, the coach may too. */
export async function createJobApplication(db: Db, scope: PlanScope, input: JobApplicationInput): Promise<{ applicationId: string }> {
  const goalId = await checkGoalLink(db, scope, input.goalId);
  const [row] = await db.insert(jobApplications).values({ ...input, goalId, planId: scope.planId }).returning({ id: jobApplications.id });
  return { applicationId: row.id };
}
