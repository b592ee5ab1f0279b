import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { CONTACT_STAGES, contacts, type Contact, type ContactStage } from "@/db/schema";
import { addActivity } from "./activities";

/** Stages in pipeline order; `lost` is outside the forward path. */
export function stageRank(stage: ContactStage): number {
  return stage === "lost" ? -1 : CONTACT_STAGES.indexOf(stage);
}

/** Moves forward only: a client who books a discovery call again stays a client. */
export function furtherStage(current: ContactStage, proposed: ContactStage): ContactStage {
  if (current === "lost") return proposed;
  return stageRank(proposed) > stageRank(current) ? proposed : current;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Finds the coach's contact by email or creates it; advances the stage (never backwards) and keeps
 * the first known source. The name and intake are only set when the contact is created: anyone can
 * type an email address, so a later submission never changes what the coach knows about an
 * existing contact. Returns the contact and whether it was created. Use inside a transaction.
 */
export async function upsertContactByEmail(
  db: Db,
  input: { coachId: string; email: string; name: string; stage: ContactStage; source?: string | null; intake?: Record<string, string> | null; now: Date },
): Promise<{ contact: Contact; created: boolean }> {
  const email = normalizeEmail(input.email);
  const inserted = await db
    .insert(contacts)
    .values({ coachId: input.coachId, email, name: input.name.trim(), stage: input.stage, source: input.source ?? null, intake: input.intake ?? null, createdAt: input.now, updatedAt: input.now })
    .onConflictDoNothing({ target: [contacts.coachId, contacts.email] })
    .returning();
  if (inserted[0]) {
    await addActivity(db, inserted[0].id, "contact_created", `Came in from ${input.source ?? "the site"}`, { source: input.source ?? null });
    return { contact: inserted[0], created: true };
  }
  const [existing] = await db.select().from(contacts).where(and(eq(contacts.coachId, input.coachId), eq(contacts.email, email))).for("update");
  const stage = furtherStage(existing.stage, input.stage);
  const [updated] = await db
    .update(contacts)
    .set({
      stage,
      source: existing.source ?? input.source ?? null,
      updatedAt: input.now,
    })
    .where(eq(contacts.id, existing.id))
    .returning();
  if (stage !== existing.stage) {
    await addActivity(db, existing.id, "stage_changed", `Stage: ${existing.stage} → ${stage}`, { from: existing.stage, to: stage });
  }
  return { contact: updated, created: false };
}
