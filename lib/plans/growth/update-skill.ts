import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { skills } from "@/db/schema";
import { findSkill } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { SkillUpdate } from "../rules/validation";

export async function updateSkill(db: Db, scope: PlanScope, skillId: string, input: SkillUpdate): Promise<void> {
  assertCoach(scope, "Only your coach can change skills");
  const skill = await findSkill(db, scope, skillId);
  if (Object.keys(input).length === 0) return;
  await db.update(skills).set(input).where(eq(skills.id, skill.id));
}
