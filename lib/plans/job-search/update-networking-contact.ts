import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { networkingContacts } from "@/db/schema";
import { checkGoalLink, findNetworkingContact } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";
import type { NetworkingContactUpdate } from "../rules/validation";

export async function updateNetworkingContact(db: Db, scope: PlanScope, networkingContactId: string, input: NetworkingContactUpdate): Promise<void> {
  const person = await findNetworkingContact(db, scope, networkingContactId);
  const goalId = await checkGoalLink(db, scope, input.goalId);
  if (Object.keys(input).length === 0) return;
  await db.update(networkingContacts).set({ ...input, goalId }).where(eq(networkingContacts.id, person.id));
}
