import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobApplications } from "@/db/schema";
import { checkGoalLink, findJobApplication } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";
import type { JobApplicationUpdate } from "../rules/validation";

export async function updateJobApplication(db: Db, scope: PlanScope, applicationId: string, input: JobApplicationUpdate): Promise<void> {
  const application = await findJobApplication(db, scope, applicationId);
  const goalId = await checkGoalLink(db, scope, input.goalId);
  if (Object.keys(input).length === 0) return;
  await db.update(jobApplications).set({ ...input, goalId }).where(eq(jobApplications.id, application.id));
}
