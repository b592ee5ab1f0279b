import type { Db } from "@/db/client";
import { interviews } from "@/db/schema";
import { findJobApplication } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";
import type { InterviewInput } from "../rules/validation";

export async function addInterview(db: Db, scope: PlanScope, applicationId: string, input: InterviewInput): Promise<{ interviewId: string }> {
  const application = await findJobApplication(db, scope, applicationId);
  const [row] = await db.insert(interviews).values({ ...input, applicationId: application.id }).returning({ id: interviews.id });
  return { interviewId: row.id };
}
