import { assertValidSlotQuery } from "./assert-valid-slot-query";
import { addCalendarDays } from "./calendar-date";
import { createSlotContext, type SlotRejection } from "./create-slot-context";
import { localDayRange } from "./local-day-range";
import type { DayExplanation, DayReason, SlotQuery } from "./types";

// The later a candidate got through the checks, the closer it came to being offered; the
// day's reason is the furthest any candidate got.
const REJECTION_ORDER: SlotRejection[] = ["past", "outside_window", "daily_cap", "minimum_notice", "fully_booked"];

/**
 * One entry per viewer-local day in [from, to]: how many slots start that day and, when none,
 * the main reason, by precedence: past (the day is over), outside_window (it starts after the
 * booking window), day_off (no working hours), then the furthest check any of the day's
 * candidates passed: past, outside_window, daily_cap, minimum_notice, fully_booked.
 */
export function explainDays(q: SlotQuery): DayExplanation[] {
  assertValidSlotQuery(q);
  const context = createSlotContext(q);
  const days: DayExplanation[] = [];

  for (let date = q.from; date <= q.to; date = addCalendarDays(date, 1)) {
    const day = localDayRange(date, q.timeZone);
    const dayStart = day.start.getTime();
    const dayEnd = day.end.getTime();
    if (dayEnd <= context.now) {
      days.push({ date, slotCount: 0, reason: "past" });
      continue;
    }
    if (dayStart > context.windowEnd) {
      days.push({ date, slotCount: 0, reason: "outside_window" });
      continue;
    }

    let slotCount = 0;
    let candidateCount = 0;
    let furthest = -1;
    for (const coachDate of context.coachDatesOverlapping(dayStart, dayEnd)) {
      for (const start of context.candidatesOn(coachDate)) {
        if (start < dayStart || start >= dayEnd) continue;
        candidateCount += 1;
        const rejection = context.rejectionOf(start, coachDate);
        if (rejection === null) slotCount += 1;
        else furthest = Math.max(furthest, REJECTION_ORDER.indexOf(rejection));
      }
    }
    const reason: DayReason | null =
      slotCount > 0 ? null : candidateCount === 0 ? "day_off" : REJECTION_ORDER[furthest];
    days.push({ date, slotCount, reason });
  }
  return days;
}
