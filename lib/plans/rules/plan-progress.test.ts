import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupMilestonesByGoal, planProgress } from "./plan-progress";
import type { GoalStatus } from "./types";

const goal = (id: string, status: GoalStatus, progress = 0) => ({ id, status, progress });
const milestone = (goalId: string, isDone: boolean) => ({ goalId, doneAt: isDone ? new Date("2025-01-10T09:00:00Z") : null });

describe("planProgress", () => {
  it("averages the goals' progress", () => {
    const goals = [goal("a", "in_progress"), goal("b", "in_progress", 30), goal("c", "done")];
    const byGoal = { a: [milestone("a", true), milestone("a", false)] };
    // a: 50 (milestones), b: 30 (manual), c: 100 (done) -> 60
    expect(planProgress(goals, byGoal)).toBe(60);
  });

  it("leaves dropped goals out", () => {
    expect(planProgress([goal("a", "in_progress", 80), goal("b", "dropped", 0)], {})).toBe(80);
  });

  it("is 0 with no goals, or only dropped ones", () => {
    expect(planProgress([], {})).toBe(0);
    expect(planProgress([goal("a", "dropped", 50)], {})).toBe(0);
  });

  it("accepts a Map from groupMilestonesByGoal", () => {
    const milestones = [milestone("a", true), milestone("b", false), milestone("a", true)];
    const byGoal = groupMilestonesByGoal(milestones);
    expect(byGoal.get("a")).toHaveLength(2);
    expect(planProgress([goal("a", "in_progress"), goal("b", "in_progress", 90)], byGoal)).toBe(50);
  });

  it("does not read inherited keys of a plain object", () => {
    expect(planProgress([goal("constructor", "in_progress", 20)], {})).toBe(20);
  });

  it("property: always an integer from 0 to 100", () => {
    const goalArb = fc.record({
      id: fc.constantFrom("a", "b", "c"),
      status: fc.constantFrom<GoalStatus>("not_started", "in_progress", "done", "dropped"),
      progress: fc.integer({ min: -50, max: 150 }),
    });
    const milestoneArb = fc.record({ goalId: fc.constantFrom("a", "b", "c"), isDone: fc.boolean() });
    fc.assert(
      fc.property(fc.array(goalArb), fc.array(milestoneArb), (goals, milestones) => {
        const byGoal = groupMilestonesByGoal(milestones.map((m) => milestone(m.goalId, m.isDone)));
        const result = planProgress(goals, byGoal);
        expect(Number.isInteger(result)).toBe(true);
        expect(result).toBeGreaterThanOrEqual(0);
        expect(result).toBeLessThanOrEqual(100);
      }),
    );
  });
});
