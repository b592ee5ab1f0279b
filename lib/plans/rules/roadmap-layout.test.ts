import { addDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate } from "./iso-date";
import { roadmapEnd, roadmapLayout, type RoadmapGoal, type RoadmapMilestone } from "./roadmap-layout";
import type { GoalKind, GoalStatus } from "./types";

const today = "2025-01-01";
const goal = (id: string, kind: GoalKind, targetDate: string | null, status: GoalStatus = "in_progress"): RoadmapGoal => ({
  id,
  kind,
  title: `Goal ${id}`,
  targetDate,
  status,
});
const milestone = (id: string, goalId: string, dueDate: string | null, isDone = false): RoadmapMilestone => ({
  id,
  goalId,
  title: `Milestone ${id}`,
  dueDate,
  doneAt: isDone ? new Date("2024-12-01T12:00:00Z") : null,
});
const byId = (items: ReturnType<typeof roadmapLayout>) => Object.fromEntries(items.map((item) => [item.id, item]));

describe("roadmapLayout", () => {
  it("places a dated goal by the share of the horizon elapsed", () => {
    const [item] = roadmapLayout({ today, horizonYears: 2, goals: [goal("g", "long_term", "2026-01-01")], milestones: [] });
    expect(item).toMatchObject({ id: "g", kind: "goal", title: "Goal g", date: "2026-01-01", done: false, overdue: false, estimated: false });
    expect(item.offset).toBeCloseTo(365 / 730, 5);
  });

  it("puts an undated short-term goal 6 months out and an undated long-term goal at the horizon end", () => {
    const items = byId(
      roadmapLayout({ today, horizonYears: 3, goals: [goal("s", "short_term", null), goal("l", "long_term", null)], milestones: [] }),
    );
    expect(items.s).toMatchObject({ date: "2025-07-01", estimated: true, overdue: false });
    expect(items.s.offset).toBeCloseTo(181 / 1095, 5);
    expect(items.l).toMatchObject({ date: "2028-01-01", offset: 1, estimated: true });
  });

  it("clamps dates past the horizon to 1 and past dates to 0, flagging undone past items overdue", () => {
    const items = byId(
      roadmapLayout({
        today,
        horizonYears: 1,
        goals: [goal("far", "long_term", "2030-06-01"), goal("past", "short_term", "2024-10-01"), goal("won", "short_term", "2024-11-01", "done")],
        milestones: [milestone("m-late", "far", "2024-12-20"), milestone("m-done", "far", "2024-12-01", true)],
      }),
    );
    expect(items.far).toMatchObject({ offset: 1, overdue: false });
    expect(items.past).toMatchObject({ offset: 0, overdue: true, done: false });
    expect(items.won).toMatchObject({ offset: 0, overdue: false, done: true });
    expect(items["m-late"]).toMatchObject({ kind: "milestone", goalId: "far", offset: 0, overdue: true });
    expect(items["m-done"]).toMatchObject({ offset: 0, overdue: false, done: true });
  });

  it("is not overdue on the due date itself", () => {
    const [item] = roadmapLayout({ today, horizonYears: 1, goals: [goal("g", "short_term", today)], milestones: [] });
    expect(item).toMatchObject({ offset: 0, overdue: false });
  });

  it("leaves off dropped goals with their milestones, and undated milestones", () => {
    const items = roadmapLayout({
      today,
      horizonYears: 2,
      goals: [goal("kept", "short_term", "2025-05-01"), goal("gone", "short_term", "2025-05-01", "dropped")],
      milestones: [milestone("m1", "kept", "2025-03-01"), milestone("m2", "gone", "2025-03-01"), milestone("m3", "kept", null)],
    });
    expect(items.map((item) => item.id)).toEqual(["m1", "kept"]);
  });

  it("orders by date, a milestone before a goal on the same date", () => {
    const items = roadmapLayout({
      today,
      horizonYears: 2,
      goals: [goal("g2", "long_term", "2026-06-01"), goal("g1", "short_term", "2025-06-01")],
      milestones: [milestone("m1", "g1", "2025-06-01"), milestone("m0", "g2", "2025-02-01")],
    });
    expect(items.map((item) => item.id)).toEqual(["m0", "m1", "g1", "g2"]);
  });

  it("counts calendar days across a daylight-saving change", () => {
    const [item] = roadmapLayout({ today: "2025-03-01", horizonYears: 1, goals: [goal("g", "short_term", "2025-04-01")], milestones: [] });
    expect(item.offset).toBeCloseTo(31 / 365, 6);
  });
});

describe("roadmapEnd", () => {
  it("is today plus the horizon", () => {
    expect(roadmapEnd("2024-02-29", 1)).toBe("2025-02-28");
    expect(roadmapEnd(today, 5)).toBe("2030-01-01");
  });
});

describe("roadmapLayout properties", () => {
  const dayArb = (min: number, max: number) => fc.integer({ min, max }).map((days) => formatIsoDate(addDays(new Date(2020, 0, 1), days)));

  it("property: offsets stay within [0, 1], and only undone items before today are overdue", () => {
    const goalArb = fc.record({
      id: fc.uuid(),
      kind: fc.constantFrom<GoalKind>("short_term", "long_term"),
      title: fc.string(),
      targetDate: fc.option(dayArb(-2000, 6000), { nil: null }),
      status: fc.constantFrom<GoalStatus>("not_started", "in_progress", "done", "dropped"),
    });
    fc.assert(
      fc.property(dayArb(0, 3000), fc.integer({ min: -3, max: 12 }), fc.array(goalArb, { maxLength: 8 }), fc.array(fc.tuple(fc.nat(), dayArb(-2000, 6000), fc.boolean()), { maxLength: 12 }), (start, horizonYears, goals, raw) => {
        const milestones = goals.length === 0 ? [] : raw.map(([pick, dueDate, isDone], index) => milestone(`m${index}`, goals[pick % goals.length].id, dueDate, isDone));
        for (const item of roadmapLayout({ today: start, horizonYears, goals, milestones })) {
          expect(item.offset).toBeGreaterThanOrEqual(0);
          expect(item.offset).toBeLessThanOrEqual(1);
          expect(item.overdue).toBe(!item.done && item.date < start);
        }
      }),
    );
  });
});
