import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { networkingContacts } from "@/db/schema";
import { findNetworkingContact } from "../plan/find-in-plan";
import type { PlanScope } from "../plan/plan-scope";

export async function deleteNetworkingContact(db: Db, scope: PlanScope, networkingContactId: string): Promise<void> {
  const person = await findNetworkingContact(db, scope, networkingContactId);
  await db.delete(networkingContacts).where(eq(networkingContacts.id, person.id));
}
