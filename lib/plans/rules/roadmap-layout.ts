import { addMonths, differenceInCalendarDays } from "date-fns";
import { formatIsoDate, parseIsoDate } from "./iso-date";
import type { Goal, IsoDate, Milestone } from "./types";

export type RoadmapGoal = Pick<Goal, "id" | "kind" | "title" | "targetDate" | "status">;
export type RoadmapMilestone = Pick<Milestone, "id" | "goalId" | "title" | "dueDate" | "doneAt">;

export type RoadmapItem = {
  id: string;
  kind: "goal" | "milestone";
  /** The goal itself for a goal, the goal it belongs to for a milestone. */
  goalId: string;
  title: string;
  /** The item's date, or for an undated goal the default it was placed at. */
  date: IsoDate;
  /** True when `date` is a default, not one the coach or client set. */
  estimated: boolean;
  /** 0 = today, 1 = the end of the horizon; earlier dates sit at 0, later ones at 1. */
  offset: number;
  done: boolean;
  overdue: boolean;
};

export type RoadmapInput = {
  today: IsoDate;
  horizonYears: number;
  goals: readonly RoadmapGoal[];
  milestones: readonly RoadmapMilestone[];
};

const SHORT_TERM_DEFAULT_MONTHS = 6;

/**
 * Places goals and milestones on a timeline running from `today` to `today + horizonYears`.
 * Undated short-term goals sit 6 months out, undated long-term goals at the horizon's end.
 * Dropped goals and their milestones, and milestones without a due date, are left off.
 * Items are ordered by date; on one date milestones come before the goal they lead to.
 */
export function roadmapLayout({ today, horizonYears, goals, milestones }: RoadmapInput): RoadmapItem[] {
  const start = parseIsoDate(today);
  const end = parseIsoDate(roadmapEnd(today, horizonYears));
  const span = differenceInCalendarDays(end, start);
  const place = (date: IsoDate) => Math.min(1, Math.max(0, differenceInCalendarDays(parseIsoDate(date), start) / span));

  const shown = goals.filter((goal) => goal.status !== "dropped");
  const shownIds = new Set(shown.map((goal) => goal.id));
  const goalItems = shown.map((goal): RoadmapItem => {
    const fallback = goal.kind === "short_term" ? addMonths(start, SHORT_TERM_DEFAULT_MONTHS) : end;
    const date = goal.targetDate ?? formatIsoDate(fallback);
    const done = goal.status === "done";
    return {
      id: goal.id,
      kind: "goal",
      goalId: goal.id,
      title: goal.title,
      date,
      estimated: goal.targetDate == null,
      offset: place(date),
      done,
      overdue: !done && date < today,
    };
  });
  const milestoneItems = milestones
    .filter((milestone) => milestone.dueDate != null && shownIds.has(milestone.goalId))
    .map((milestone): RoadmapItem => {
      const date = milestone.dueDate as IsoDate;
      const done = milestone.doneAt != null;
      return {
        id: milestone.id,
        kind: "milestone",
        goalId: milestone.goalId,
        title: milestone.title,
        date,
        estimated: false,
        offset: place(date),
        done,
        overdue: !done && date < today,
      };
    });
  return [...goalItems, ...milestoneItems].sort(
    (a, b) => compare(a.date, b.date) || compare(b.kind, a.kind) || compare(a.title, b.title) || compare(a.id, b.id),
  );
}

/** The last day of the timeline (offset 1): `today` plus the horizon, for labelling the axis. */
export function roadmapEnd(today: IsoDate, horizonYears: number): IsoDate {
  return formatIsoDate(addMonths(parseIsoDate(today), horizonMonths(horizonYears)));
}

/** Whole months in the horizon, at least one so the timeline always has a length. */
function horizonMonths(horizonYears: number): number {
  return Number.isFinite(horizonYears) ? Math.max(1, Math.round(horizonYears * 12)) : 12;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
