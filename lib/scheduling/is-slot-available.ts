import { assertValidSlotRules } from "./assert-valid-slot-query";
import { createSlotContext } from "./create-slot-context";
import type { SlotRulesQuery } from "./types";

/**
 * The re-check at booking time: true iff `start` would be offered by getAvailableSlots (on the
 * grid, inside working hours, after the notice, within the window, clear of bookings and their
 * buffers, on a day under the cap), whatever the viewer's zone.
 */
export function isSlotAvailable(q: SlotRulesQuery, start: Date): boolean {
  assertValidSlotRules(q);
  const instant = start.getTime();
  if (Number.isNaN(instant)) return false;
  const context = createSlotContext(q);
  return context.coachDatesOverlapping(instant, instant + 1).some(
    (date) => context.candidatesOn(date).includes(instant) && context.rejectionOf(instant, date) === null,
  );
}
