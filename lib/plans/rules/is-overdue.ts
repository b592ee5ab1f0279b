import type { DueItem, IsoDate } from "./types";

/** Due before `today` (a `YYYY-MM-DD` in the viewer's time zone) and not done. Undated items are never overdue. */
export function isOverdue(item: DueItem, today: IsoDate): boolean {
  return item.doneAt == null && item.dueDate != null && item.dueDate < today;
}

/** The overdue items (action items or milestones), the longest overdue first. */
export function overdueItems<T extends DueItem>(items: readonly T[], today: IsoDate): T[] {
  return items
    .filter((item) => isOverdue(item, today))
    .sort((a, b) => compareStrings(a.dueDate as string, b.dueDate as string));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
