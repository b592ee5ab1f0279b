import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goalProgress } from "./goal-progress";
import type { GoalStatus } from "./types";

const goal = (status: GoalStatus = "in_progress", progress = 0) => ({ status, progress });
const done = { doneAt: new Date("2025-01-10T09:00:00Z") };
const open = { doneAt: null };

describe("goalProgress", () => {
  it("counts the share of milestones done, rounded", () => {
    expect(goalProgress(goal(), [done, open, open])).toBe(33);
    expect(goalProgress(goal(), [done, done, open])).toBe(67);
    expect(goalProgress(goal(), [done, open])).toBe(50);
  });

  it("ignores the manual progress when the goal has milestones", () => {
    expect(goalProgress(goal("in_progress", 90), [open, open])).toBe(0);
  });

  it("uses the manual progress when there are no milestones", () => {
    expect(goalProgress(goal("in_progress", 40), [])).toBe(40);
  });

  it("is 100 for a done goal, whatever its milestones", () => {
    expect(goalProgress(goal("done", 10), [open, open])).toBe(100);
    expect(goalProgress(goal("done", 0), [])).toBe(100);
  });

  it("keeps a bad manual value within 0..100", () => {
    expect(goalProgress(goal("in_progress", 140), [])).toBe(100);
    expect(goalProgress(goal("in_progress", -5), [])).toBe(0);
    expect(goalProgress(goal("in_progress", Number.NaN), [])).toBe(0);
    expect(goalProgress(goal("in_progress", 33.6), [])).toBe(34);
  });

  it("property: always an integer from 0 to 100", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<GoalStatus>("not_started", "in_progress", "done", "dropped"),
        fc.double(),
        fc.array(fc.boolean()),
        (status, progress, doneFlags) => {
          const result = goalProgress(goal(status, progress), doneFlags.map((flag) => (flag ? done : open)));
          expect(Number.isInteger(result)).toBe(true);
          expect(result).toBeGreaterThanOrEqual(0);
          expect(result).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
