import type { Skill } from "./types";

export type SkillForGap = Pick<Skill, "name" | "currentLevel" | "targetLevel">;

/** Each skill with its `gap` (target minus current level, never below 0), the largest gap first, then by name. */
export function skillGaps<S extends SkillForGap>(skills: readonly S[]): (S & { gap: number })[] {
  return skills
    .map((skill) => ({ ...skill, gap: Math.max(0, skill.targetLevel - skill.currentLevel) }))
    .sort((a, b) => b.gap - a.gap || a.name.localeCompare(b.name));
}
