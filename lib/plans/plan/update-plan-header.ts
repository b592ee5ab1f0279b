import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careerPlans } from "@/db/schema";
import { assertCoach, type PlanScope } from "./plan-scope";
import type { PlanHeaderUpdate } from "../rules/validation";

/** The coach changes the plan's roles, vision, horizon or status. */
export async function updatePlanHeader(db: Db, scope: PlanScope, input: PlanHeaderUpdate, now: Date): Promise<void> {
  assertCoach(scope);
  await db.update(careerPlans).set({ ...input, updatedAt: now }).where(eq(careerPlans.id, scope.planId));
}
