import "server-only";
import { requireClient } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { PlanNotFoundError } from "@/lib/errors";
import { getPlanDetails } from "@/lib/plans/plan/get-plan-details";
import { getClientPlanScope } from "@/lib/plans/plan/plan-scope";
import { todayIn } from "@/lib/plans/rules/today-in";

/** The guard and the signed-in client's own plan (found by their contact, never by a URL), or null. */
export async function loadClientPlan(path: string) {
  const { user, contact } = await requireClient(path);
  const db = getDb();
  const scope = await getClientPlanScope(db, contact.id).catch((err) => {
    if (err instanceof PlanNotFoundError) return null;
    throw err;
  });
  const details = scope ? await getPlanDetails(db, scope) : null;
  return { user, contact, details, timezone: user.timezone, today: todayIn(new Date(), user.timezone) };
}
