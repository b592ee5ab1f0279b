import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobApplications } from "@/db/schema";
import { checkGoalLink, findJobApplication } from "./findInPlan";
import type { PlanScope } from "./planScope";
import type { JobApplicationUpdate } from "./validation";

export async function updateJobApplication(db: Db, scope: PlanScope, applicationId: string, input: JobApplicationUpdate): Promise<void> {
  const application = await findJobApplication(db, scope, applicationId);
  const goalId = await checkGoalLink(db, scope, input.goalId);
  if (Object.keys(input).length === 0) return;
  await db.update(jobApplications).set({ ...input, goalId }).where(eq(jobApplications.id, application.id));
}
