import { and, asc, eq, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, careerPlans, contacts } from "@/db/schema";

/** The coach's clients (stage client, or anyone with a plan) with their plan's status and open client actions. */
export async function listCoachClients(db: Db, coachId: string) {
  return db
    .select({
      contactId: contacts.id,
      name: contacts.name,
      email: contacts.email,
      stage: contacts.stage,
      planId: careerPlans.id,
      planStatus: careerPlans.status,
      targetRole: careerPlans.targetRole,
      openActions: sql<number>`(select count(*)::int from ${actionItems} where ${actionItems.planId} = ${careerPlans.id} and ${actionItems.owner} = 'client' and ${actionItems.doneAt} is null)`,
    })
    .from(contacts)
    .leftJoin(careerPlans, eq(careerPlans.contactId, contacts.id))
    .where(and(eq(contacts.coachId, coachId), or(eq(contacts.stage, "client"), isNotNull(careerPlans.id))))
    .orderBy(asc(contacts.name));
}
