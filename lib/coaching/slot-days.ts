import type { Interval } from "@/lib/scheduling";
import { getLocalDate } from "@/lib/scheduling";

/** Groups slots by their local day in `timeZone`, for a picker. Labels are left to the caller. */
export function groupSlotsByDay(slots: Interval[], timeZone: string): { date: string; slots: Interval[] }[] {
  const days = new Map<string, Interval[]>();
  for (const slot of slots) {
    const date = getLocalDate(slot.start, timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days.entries()].map(([date, list]) => ({ date, slots: list }));
}
