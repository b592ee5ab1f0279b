import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { CONTACT_STAGES, contacts, type Contact, type ContactStage } from "@/db/schema";
import { addActivity } from "./activities";
import { contactInputSchema, fieldErrorsOf } from "./contact-input";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { isUniqueViolation } from "@/db/sql-state";
import { withTransaction } from "@/db/transaction";

const STAGE_LABELS: Record<ContactStage, string> = {
  lead: "Lead",
  discovery_booked: "Discovery booked",
  discovery_done: "Discovery done",
  proposal: "Proposal",
  client: "Client",
  alumni: "Alumni",
  lost: "Lost",
};

export function stageLabel(stage: ContactStage): string {
  return STAGE_LABELS[stage];
}

/** The coach's contact, or NotFoundError (also for another coach's contact or a malformed id). */
export async function getContactForCoach(db: Db, coachId: string, contactId: string): Promise<Contact> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [contact] = await db.select().from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.coachId, coachId)));
  if (!contact) throw new NotFoundError("Contact");
  return contact;
}

/** Creates a contact typed in by the coach. Throws InvalidInputError (nothing written) on bad input or a taken email. */
export async function createContact(db: Db, coachId: string, input: unknown): Promise<Contact> {
  const parsed = contactInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  const v = parsed.data;
  try {
    return await withTransaction(db, async (t) => {
      const [contact] = await t
        .insert(contacts)
        .values({ coachId, name: v.name, email: v.email, phone: v.phone, stage: v.stage, tags: v.tags, source: v.source ?? "added by coach" })
        .returning();
      await addActivity(t, contact.id, "contact_created", "Added by the coach", { source: contact.source });
      return contact;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new InvalidInputError({ email: ["A contact with this email already exists"] });
    throw err;
  }
}

/** Saves the details form; a stage change is recorded on the timeline. */
export async function updateContact(db: Db, coachId: string, contactId: string, input: unknown, now: Date): Promise<Contact> {
  const parsed = contactInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  const v = parsed.data;
  try {
    return await withTransaction(db, async (t) => {
      const before = await getContactForCoach(t, coachId, contactId);
      const [contact] = await t
        .update(contacts)
        .set({ name: v.name, email: v.email, phone: v.phone, stage: v.stage, tags: v.tags, updatedAt: now })
        .where(and(eq(contacts.id, before.id), eq(contacts.coachId, coachId)))
        .returning();
      if (before.stage !== v.stage) await recordStageChange(t, before.id, before.stage, v.stage);
      return contact;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new InvalidInputError({ email: ["Another contact already has this email"] });
    throw err;
  }
}

async function recordStageChange(db: Db, contactId: string, from: ContactStage, to: ContactStage) {
  await addActivity(db, contactId, "stage_changed", `Stage: ${stageLabel(from)} → ${stageLabel(to)}`, { from, to });
}

/** Moves a contact to any stage (the board, the session outcome); records the change. No-op when unchanged. */
export async function moveContactStage(db: Db, coachId: string, contactId: string, stage: ContactStage, now: Date): Promise<Contact> {
  return withTransaction(db, async (t) => {
    const before = await getContactForCoach(t, coachId, contactId);
    if (before.stage === stage) return before;
    const [contact] = await t
      .update(contacts)
      .set({ stage, updatedAt: now })
      .where(and(eq(contacts.id, before.id), eq(contacts.coachId, coachId)))
      .returning();
    await recordStageChange(t, before.id, before.stage, stage);
    return contact;
  });
}

/** Pipeline stages in order, for the app's selects and board (app/ does not import db/). */
export { CONTACT_STAGES };
