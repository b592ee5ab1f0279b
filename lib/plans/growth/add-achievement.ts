import type { Db } from "@/db/client";
import { achievements } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import type { PlanScope } from "../plan/plan-scope";
import type { AchievementInput } from "../rules/validation";

/** Records dated evidence of progress, by the coach or the client, with a timeline entry. */
export async function addAchievement(db: Db, scope: PlanScope, input: AchievementInput): Promise<{ achievementId: string }> {
  const [row] = await db.insert(achievements).values({ ...input, planId: scope.planId, addedBy: scope.actor }).returning({ id: achievements.id });
  const who = scope.actor === "client" ? "Client" : "Coach";
  await addActivity(db, scope.contactId, "achievement_added", `${who} added an achievement: ${input.title}`, { achievementId: row.id, by: scope.actor });
  return { achievementId: row.id };
}
