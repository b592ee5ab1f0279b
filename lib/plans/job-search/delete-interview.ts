import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { interviews } from "@/db/schema";
import { findInterview } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";

export async function deleteInterview(db: Db, scope: PlanScope, interviewId: string): Promise<void> {
  const interview = await findInterview(db, scope, interviewId);
  await db.delete(interviews).where(eq(interviews.id, interview.id));
}
