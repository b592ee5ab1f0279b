import type { Goal, Milestone } from "./types";

export type GoalForProgress = Pick<Goal, "status" | "progress">;
export type MilestoneForProgress = Pick<Milestone, "doneAt">;

/**
 * A goal's progress in percent (an integer 0-100).
 * A done goal is 100. A goal with milestones counts the share of them done; one without
 * milestones uses its manual `progress`. Pass only this goal's milestones.
 */
export function goalProgress(goal: GoalForProgress, milestones: readonly MilestoneForProgress[]): number {
  if (goal.status === "done") return 100;
  if (milestones.length > 0) {
    const done = milestones.filter((milestone) => milestone.doneAt != null).length;
    return Math.round((done / milestones.length) * 100);
  }
  return clampPercent(goal.progress);
}

function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}
