import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careerPlans, contacts, type Contact } from "@/db/schema";
import { PlanForbiddenError, PlanNotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

declare const scopeBrand: unique symbol;

/**
 * Who is working on which plan. Only the two functions below make one, after checking that the
 * plan belongs to the coach's contact or to the signed-in client, so every service that takes a
 * scope queries inside that plan and nowhere else.
 */
export type PlanScope = {
  readonly actor: "coach" | "client";
  readonly planId: string;
  readonly contactId: string;
  readonly coachId: string;
  readonly [scopeBrand]: true;
};

function scope(actor: PlanScope["actor"], planId: string, contact: Pick<Contact, "id" | "coachId">): PlanScope {
  return { actor, planId, contactId: contact.id, coachId: contact.coachId } as PlanScope;
}

/** The coach's own contact, or PlanNotFoundError (another coach's contact is "not found" too). */
export async function findCoachContact(db: Db, coachId: string, contactId: string): Promise<Contact> {
  if (!isUuid(contactId)) throw new PlanNotFoundError("Client");
  const [contact] = await db.select().from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.coachId, coachId)));
  if (!contact) throw new PlanNotFoundError("Client");
  return contact;
}

/** The scope for the coach editing their contact's plan; PlanNotFoundError when either is missing. */
export async function getCoachPlanScope(db: Db, coachId: string, contactId: string): Promise<PlanScope> {
  const contact = await findCoachContact(db, coachId, contactId);
  const [plan] = await db.select({ id: careerPlans.id }).from(careerPlans).where(eq(careerPlans.contactId, contact.id));
  if (!plan) throw new PlanNotFoundError();
  return scope("coach", plan.id, contact);
}

/** The scope for the signed-in client's own plan (contactId from requireClient, never from a URL). */
export async function getClientPlanScope(db: Db, contactId: string): Promise<PlanScope> {
  if (!isUuid(contactId)) throw new PlanNotFoundError();
  const [row] = await db
    .select({ planId: careerPlans.id, coachId: contacts.coachId })
    .from(careerPlans)
    .innerJoin(contacts, eq(contacts.id, careerPlans.contactId))
    .where(eq(careerPlans.contactId, contactId));
  if (!row) throw new PlanNotFoundError();
  return scope("client", row.planId, { id: contactId, coachId: row.coachId });
}

/** For the parts of the plan only the coach edits (header, goals, milestones, skills...). */
export function assertCoach(s: PlanScope, message = "Only your coach can change this part of the plan"): void {
  if (s.actor !== "coach") throw new PlanForbiddenError(message);
}
