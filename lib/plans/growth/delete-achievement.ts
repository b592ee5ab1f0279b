import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { achievements } from "@/db/schema";
import { PlanForbiddenError } from "@/lib/errors";
import { findAchievement } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";

/** The coach may remove any achievement; a client only those they added. */
export async function deleteAchievement(db: Db, scope: PlanScope, achievementId: string): Promise<void> {
  const achievement = await findAchievement(db, scope, achievementId);
  if (scope.actor === "client" && achievement.addedBy !== "client") throw new PlanForbiddenError("Only your coach can remove this achievement");
  await db.delete(achievements).where(eq(achievements.id, achievement.id));
}
