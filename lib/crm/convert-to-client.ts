import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, careerPlans, contacts, meetingTypes } from "@/db/schema";
import { createPlanFromTemplate } from "@/lib/plans/plan/create-plan-from-template";
import { addActivity } from "./activities";
import { getContactForCoach, stageLabel } from "./manage-contacts";
import { grantPortalAccess } from "./portal-access";
import { withTransaction } from "@/db/transaction";

export type ConvertToClientOptions = {
  coachId: string;
  coachName: string;
  contactId: string;
  /** The plan's first day, YYYY-MM-DD in the coach's zone. */
  startDate: string;
  secret: string;
  publicUrl: string;
  now: Date;
};

/**
 * Makes a contact a client, all in one transaction: stage "client", a portal account with an
 * invitation email carrying a magic link, a draft career plan from the "job-to-career" template
 * pre-filled from the discovery intake (kept when one already exists), and a "converted" entry.
 */
export async function convertToClient(db: Db, opts: ConvertToClientOptions): Promise<{ planId: string; userId: string }> {
  return withTransaction(db, async (t) => {
    const contact = await getContactForCoach(t, opts.coachId, opts.contactId);
    if (contact.stage !== "client") {
      await t.update(contacts).set({ stage: "client", updatedAt: opts.now }).where(and(eq(contacts.id, contact.id), eq(contacts.coachId, opts.coachId)));
      await addActivity(t, contact.id, "stage_changed", `Stage: ${stageLabel(contact.stage)} → ${stageLabel("client")}`, { from: contact.stage, to: "client" });
    }
    const { userId } = await grantPortalAccess(t, { contactId: contact.id, coachName: opts.coachName, reason: "converted", secret: opts.secret, publicUrl: opts.publicUrl, now: opts.now });
    const [existing] = await t.select({ id: careerPlans.id }).from(careerPlans).where(eq(careerPlans.contactId, contact.id));
    const planId = existing
      ? existing.id
      : (
          await createPlanFromTemplate(t, {
            contactId: contact.id,
            templateKey: "job-to-career",
            startDate: opts.startDate,
            intake: await discoveryIntake(t, contact.id, contact.intake),
          })
        ).planId;
    await addActivity(t, contact.id, "converted", "Converted to client", { planId, from: contact.stage });
    return { planId, userId };
  });
}

/** The answers given when booking the latest discovery call, else those stored on the contact. */
async function discoveryIntake(db: Db, contactId: string, stored: Record<string, string> | null) {
  const [latest] = await db
    .select({ answers: bookings.intakeAnswers })
    .from(bookings)
    .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
    .where(and(eq(bookings.contactId, contactId), eq(meetingTypes.kind, "discovery")))
    .orderBy(desc(bookings.startsAt))
    .limit(1);
  const answers = latest && Object.keys(latest.answers).length > 0 ? latest.answers : (stored ?? {});
  return { situation: answers.situation ?? null, horizon: answers.horizon ?? null, goals: answers.goals ?? null };
}
