import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobApplications } from "@/db/schema";
import { findJobApplication } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";

/** Removes an application with its interviews. */
export async function deleteJobApplication(db: Db, scope: PlanScope, applicationId: string): Promise<void> {
  const application = await findJobApplication(db, scope, applicationId);
  await db.delete(jobApplications).where(eq(jobApplications.id, application.id));
}
