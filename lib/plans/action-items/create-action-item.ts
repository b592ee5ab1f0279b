import type { Db } from "@/db/client";
import { actionItems } from "@/db/schema";
import { checkBookingLink, checkGoalLink } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { ActionItemInput } from "../rules/validation";

/** The coach adds an action item, for the client or for themselves, optionally tied to a goal and a session. */
export async function createActionItem(db: Db, scope: PlanScope, input: ActionItemInput, now: Date): Promise<{ itemId: string }> {
  assertCoach(scope, "Only your coach can add action items");
  const goalId = await checkGoalLink(db, scope, input.goalId);
  const bookingId = await checkBookingLink(db, scope, input.bookingId);
  const [row] = await db
    .insert(actionItems)
    .values({ planId: scope.planId, goalId, bookingId, title: input.title, owner: input.owner, dueDate: input.dueDate, doneAt: input.done ? now : null })
    .returning({ id: actionItems.id });
  return { itemId: row.id };
}
