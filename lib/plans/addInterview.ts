import type { Db } from "@/db/client";
import { interviews } from "@/db/schema";
import { findJobApplication } from "./findInPlan";
import type { PlanScope } from "./planScope";
import type { InterviewInput } from "./validation";

export async function addInterview(db: Db, scope: PlanScope, applicationId: string, input: InterviewInput): Promise<{ interviewId: string }> {
  const application = await findJobApplication(db, scope, applicationId);
  const [row] = await db.insert(interviews).values({ ...input, applicationId: application.id }).returning({ id: interviews.id });
  return { interviewId: row.id };
}
