import "server-only";
import { notFound } from "next/navigation";
import { requireCoach } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { PlanNotFoundError } from "@/lib/errors";
import { getPlanDetails } from "@/lib/plans/plan/get-plan-details";
import { findCoachContact, getCoachPlanScope } from "@/lib/plans/plan/plan-scope";
import { todayIn } from "@/lib/plans/rules/today-in";

/**
 * What every plan-editor page starts with: the guard, the coach's own contact (404 for anyone
 * else's) and its plan, or null when the contact has none yet.
 */
export async function loadCoachPlan(contactId: string) {
  const { coach } = await requireCoach(`/coach/clients/${contactId}/plan`);
  const db = getDb();
  const contact = await findCoachContact(db, coach.id, contactId).catch((err) => {
    if (err instanceof PlanNotFoundError) notFound();
    throw err;
  });
  const scope = await getCoachPlanScope(db, coach.id, contact.id).catch((err) => {
    if (err instanceof PlanNotFoundError) return null;
    throw err;
  });
  const details = scope ? await getPlanDetails(db, scope) : null;
  return { coach, contact, details, today: todayIn(new Date(), coach.timezone) };
}
