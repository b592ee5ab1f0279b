import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { milestones } from "@/db/schema";
import { findMilestone } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";

export async function deleteMilestone(db: Db, scope: PlanScope, milestoneId: string): Promise<void> {
  assertCoach(scope, "Only your coach can change milestones");
  const { milestone } = await findMilestone(db, scope, milestoneId);
  await db.delete(milestones).where(eq(milestones.id, milestone.id));
}
