import type { Db } from "@/db/client";
import { networkingContacts } from "@/db/schema";
import { checkGoalLink } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";
import type { NetworkingContactInput } from "../rules/validation";

export async function createNetworkingContact(db: Db, scope: PlanScope, input: NetworkingContactInput): Promise<{ networkingContactId: string }> {
  const goalId = await checkGoalLink(db, scope, input.goalId);
  const [row] = await db.insert(networkingContacts).values({ ...input, goalId, planId: scope.planId }).returning({ id: networkingContacts.id });
  return { networkingContactId: row.id };
}
