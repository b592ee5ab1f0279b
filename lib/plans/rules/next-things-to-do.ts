import { isOverdue } from "./is-overdue";
import type { ActionItem, ActionOwner, IsoDate, Milestone } from "./types";

export type ActionForNext = Pick<ActionItem, "id" | "title" | "owner" | "dueDate" | "doneAt">;
export type MilestoneForNext = Pick<Milestone, "id" | "title" | "dueDate" | "doneAt">;

export type NextThing<A extends ActionForNext = ActionForNext, M extends MilestoneForNext = MilestoneForNext> =
  | { kind: "action"; id: string; title: string; dueDate: IsoDate | null; overdue: boolean; item: A }
  | { kind: "milestone"; id: string; title: string; dueDate: IsoDate | null; overdue: boolean; item: M };

/**
 * The next few undone things: overdue ones first, then the soonest due, undated ones last.
 * With `owner`, only that owner's action items count; milestones are the client's own steps,
 * so they are kept for `"client"` and left out for `"coach"`.
 * On the same due date action items come before milestones, then titles alphabetically.
 */
export function nextThingsToDo<A extends ActionForNext, M extends MilestoneForNext>(
  items: readonly A[],
  milestones: readonly M[],
  today: IsoDate,
  limit = 3,
  owner?: ActionOwner,
): NextThing<A, M>[] {
  const count = Math.max(0, Math.floor(limit));
  if (count === 0) return [];
  const actions: NextThing<A, M>[] = items
    .filter((item) => item.doneAt == null && (owner === undefined || item.owner === owner))
    .map((item) => ({ kind: "action", id: item.id, title: item.title, dueDate: item.dueDate, overdue: isOverdue(item, today), item }));
  const steps: NextThing<A, M>[] =
    owner === "coach"
      ? []
      : milestones
          .filter((milestone) => milestone.doneAt == null)
          .map((milestone) => ({
            kind: "milestone",
            id: milestone.id,
            title: milestone.title,
            dueDate: milestone.dueDate,
            overdue: isOverdue(milestone, today),
            item: milestone,
          }));
  return [...actions, ...steps].sort(compareNextThings).slice(0, count);
}

/** Overdue first, then by due date (undated last), actions before milestones, then by title. */
export function compareNextThings(a: NextThing<ActionForNext, MilestoneForNext>, b: NextThing<ActionForNext, MilestoneForNext>): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  if (a.kind !== b.kind) return a.kind === "action" ? -1 : 1;
  return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
