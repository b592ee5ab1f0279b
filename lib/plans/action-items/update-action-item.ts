import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems } from "@/db/schema";
import { checkBookingLink, checkGoalLink, findActionItem } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";
import type { ActionItemUpdate } from "../rules/validation";

/** The coach edits an action item (title, owner, goal, due date, session, done). */
export async function updateActionItem(db: Db, scope: PlanScope, itemId: string, input: ActionItemUpdate, now: Date): Promise<void> {
  assertCoach(scope, "Only your coach can edit action items");
  const item = await findActionItem(db, scope, itemId);
  const { done, ...fields } = input;
  const goalId = await checkGoalLink(db, scope, fields.goalId);
  const bookingId = await checkBookingLink(db, scope, fields.bookingId);
  const doneAt = done === undefined ? undefined : done ? (item.doneAt ?? now) : null;
  await db.update(actionItems).set({ ...fields, goalId, bookingId, doneAt }).where(eq(actionItems.id, item.id));
}
