import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { skills } from "@/db/schema";
import { findSkill } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";

export async function deleteSkill(db: Db, scope: PlanScope, skillId: string): Promise<void> {
  assertCoach(scope, "Only your coach can change skills");
  const skill = await findSkill(db, scope, skillId);
  await db.delete(skills).where(eq(skills.id, skill.id));
}
