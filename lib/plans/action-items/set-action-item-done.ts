import { createElement } from "react";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, coaches, contacts, goals, users } from "@/db/schema";
import PlanGoalActionsDoneEmail from "@/emails/plan-goal-actions-done";
import { addActivity } from "@/lib/crm/activities";
import { enqueueEmail } from "@/lib/email/outbox";
import { PlanForbiddenError } from "@/lib/errors";
import { findActionItem } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";
import { withTransaction } from "@/db/transaction";

export type SetActionItemDoneOptions = { itemId: string; done: boolean; now: Date; publicUrl: string };

/**
 * Ticks an action item off (or back on). A client may tick only their own items; the coach any.
 * Ticking records an "action done" timeline entry; when a client ticks the last open item of a
 * goal, the coach gets an email. Returns whether that happened.
 */
export async function setActionItemDone(db: Db, scope: PlanScope, opts: SetActionItemDoneOptions): Promise<{ goalFinished: boolean }> {
  const item = await findActionItem(db, scope, opts.itemId);
  if (scope.actor === "client" && item.owner !== "client") throw new PlanForbiddenError("This action belongs to your coach");
  if (opts.done === (item.doneAt != null)) return { goalFinished: false };
  return withTransaction(db, async (t) => {
    const changed = await t
      .update(actionItems)
      .set({ doneAt: opts.done ? opts.now : null })
      .where(and(eq(actionItems.id, item.id), opts.done ? isNull(actionItems.doneAt) : undefined))
      .returning({ id: actionItems.id });
    if (!opts.done || changed.length === 0) return { goalFinished: false };
    const who = scope.actor === "client" ? "Client" : "Coach";
    await addActivity(t, scope.contactId, "action_done", `${who} completed: ${item.title}`, { actionItemId: item.id, by: scope.actor });
    if (scope.actor !== "client" || !item.goalId) return { goalFinished: false };
    const open = await t.select({ id: actionItems.id }).from(actionItems).where(and(eq(actionItems.goalId, item.goalId), isNull(actionItems.doneAt))).limit(1);
    if (open.length > 0) return { goalFinished: false };
    await notifyCoach(t, scope, item.goalId, opts.publicUrl, opts.now);
    return { goalFinished: true };
  });
}

async function notifyCoach(db: Db, scope: PlanScope, goalId: string, publicUrl: string, now: Date) {
  const [row] = await db
    .select({ coachEmail: users.email, coachName: coaches.displayName, clientName: contacts.name, goalTitle: goals.title })
    .from(contacts)
    .innerJoin(coaches, eq(coaches.id, contacts.coachId))
    .innerJoin(users, eq(users.id, coaches.userId))
    .innerJoin(goals, eq(goals.id, goalId))
    .where(eq(contacts.id, scope.contactId));
  if (!row) return;
  const props = { coachName: row.coachName, clientName: row.clientName, goalTitle: row.goalTitle, planUrl: `${publicUrl}/coach/clients/${scope.contactId}/plan` };
  await enqueueEmail(db, {
    to: row.coachEmail,
    contactId: scope.contactId,
    subject: PlanGoalActionsDoneEmail.subject(props),
    kind: "plan_goal_actions_done",
    body: createElement(PlanGoalActionsDoneEmail, props),
    // One email per goal: unticking and ticking again does not send it twice.
    dedupeKey: `goal-actions-done-${goalId}`,
    now,
  });
}
