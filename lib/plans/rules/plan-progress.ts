import { goalProgress, type GoalForProgress, type MilestoneForProgress } from "./goal-progress";
import type { Goal, Milestone } from "./types";

export type MilestonesByGoal<M> = ReadonlyMap<string, readonly M[]> | Readonly<Record<string, readonly M[] | undefined>>;

/**
 * The plan's progress in percent (an integer 0-100): the average of its goals' progress,
 * leaving dropped goals out. 0 when no goal counts.
 */
export function planProgress<M extends MilestoneForProgress>(
  goals: readonly (GoalForProgress & Pick<Goal, "id">)[],
  milestonesByGoal: MilestonesByGoal<M>,
): number {
  const counted = goals.filter((goal) => goal.status !== "dropped");
  if (counted.length === 0) return 0;
  const total = counted.reduce((sum, goal) => sum + goalProgress(goal, milestonesOf(milestonesByGoal, goal.id)), 0);
  return Math.round(total / counted.length);
}

/** Groups milestones by `goalId`, keeping their order, ready for `planProgress`. */
export function groupMilestonesByGoal<M extends Pick<Milestone, "goalId">>(milestones: readonly M[]): Map<string, M[]> {
  const groups = new Map<string, M[]>();
  for (const milestone of milestones) {
    const group = groups.get(milestone.goalId);
    if (group) group.push(milestone);
    else groups.set(milestone.goalId, [milestone]);
  }
  return groups;
}

function milestonesOf<M>(milestonesByGoal: MilestonesByGoal<M>, goalId: string): readonly M[] {
  if (milestonesByGoal instanceof Map) return milestonesByGoal.get(goalId) ?? [];
  const record = milestonesByGoal as Readonly<Record<string, readonly M[] | undefined>>;
  return Object.hasOwn(record, goalId) ? (record[goalId] ?? []) : [];
}
