import type { Db } from "@/db/client";
import { skills } from "@/db/schema";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { SkillInput } from "../rules/validation";

export async function createSkill(db: Db, scope: PlanScope, input: SkillInput): Promise<{ skillId: string }> {
  assertCoach(scope, "Only your coach can change skills");
  const [row] = await db.insert(skills).values({ ...input, planId: scope.planId }).returning({ id: skills.id });
  return { skillId: row.id };
}
