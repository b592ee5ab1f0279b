import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { InvalidInputError } from "@/lib/errors";
import { forgetRateLimitKeys } from "@/lib/security/rate-limit";
import { getContactForCoach } from "./manage-contacts";
import { withTransaction } from "@/db/transaction";

/**
 * Everything Ambit holds about one contact, for a data-access request: the contact, notes,
 * timeline, bookings, purchases, the career plan with all its parts, and the emails sent to them.
 * Secrets (manage-token hashes) are left out.
 */
export async function exportContactData(db: Db, coachId: string, contactId: string, now: Date) {
  const contact = await getContactForCoach(db, coachId, contactId);
  const [notes, activities, bookingRows, purchases, emails, [plan]] = await Promise.all([
    db.select().from(s.notes).where(eq(s.notes.contactId, contact.id)),
    db.select().from(s.activities).where(eq(s.activities.contactId, contact.id)),
    db.select({ booking: s.bookings, type: s.meetingTypes.name }).from(s.bookings).innerJoin(s.meetingTypes, eq(s.meetingTypes.id, s.bookings.meetingTypeId)).where(eq(s.bookings.contactId, contact.id)),
    db.select().from(s.purchases).where(eq(s.purchases.contactId, contact.id)),
    db
      .select({ subject: s.emailOutbox.subject, kind: s.emailOutbox.kind, status: s.emailOutbox.status, createdAt: s.emailOutbox.createdAt, sentAt: s.emailOutbox.sentAt, text: s.emailOutbox.text })
      .from(s.emailOutbox)
      .where(eq(s.emailOutbox.toAddress, contact.email)),
    db.select().from(s.careerPlans).where(eq(s.careerPlans.contactId, contact.id)),
  ]);
  const bookings = bookingRows.map(({ booking, type }) => {
    const { manageTokenHash: _secret, ...rest } = booking;
    return { ...rest, meetingType: type };
  });

  let careerPlan: Record<string, unknown> | null = null;
  if (plan) {
    const [goals, actionItems, skills, learning, achievements, applications, networking] = await Promise.all([
      db.select().from(s.goals).where(eq(s.goals.planId, plan.id)),
      db.select().from(s.actionItems).where(eq(s.actionItems.planId, plan.id)),
      db.select().from(s.skills).where(eq(s.skills.planId, plan.id)),
      db.select().from(s.learningItems).where(eq(s.learningItems.planId, plan.id)),
      db.select().from(s.achievements).where(eq(s.achievements.planId, plan.id)),
      db.select().from(s.jobApplications).where(eq(s.jobApplications.planId, plan.id)),
      db.select().from(s.networkingContacts).where(eq(s.networkingContacts.planId, plan.id)),
    ]);
    const goalIds = goals.map((g) => g.id);
    const applicationIds = applications.map((a) => a.id);
    const [milestones, interviews] = await Promise.all([
      goalIds.length ? db.select().from(s.milestones).where(inArray(s.milestones.goalId, goalIds)) : [],
      applicationIds.length ? db.select().from(s.interviews).where(inArray(s.interviews.applicationId, applicationIds)) : [],
    ]);
    careerPlan = { ...plan, goals, milestones, actionItems, skills, learning, achievements, jobApplications: applications, interviews, networkingContacts: networking };
  }
  let account: { email: string; name: string | null; timezone: string; createdAt: Date } | null = null;
  if (contact.userId) {
    const [user] = await db.select({ email: s.users.email, name: s.users.name, timezone: s.users.timezone, createdAt: s.users.createdAt }).from(s.users).where(eq(s.users.id, contact.userId));
    account = user ?? null;
  }
  return { exportedAt: now.toISOString(), contact, account, notes, activities, bookings, purchases, careerPlan, emails };
}

/**
 * Erases a contact and everything of theirs (GDPR): the contact row (its notes, timeline,
 * bookings, purchases and career plan go with it by cascade), their portal account with its
 * sign-in sessions and links, the emails to them or about them, and the rate-limit counters kept
 * under their email. `confirmEmail` must repeat the
 * contact's email. One transaction: all of it or nothing.
 */
export async function eraseContact(db: Db, opts: { coachId: string; contactId: string; confirmEmail: string }): Promise<{ email: string }> {
  return withTransaction(db, async (t) => {
    const contact = await getContactForCoach(t, opts.coachId, opts.contactId);
    if (opts.confirmEmail.trim().toLowerCase() !== contact.email) {
      throw new InvalidInputError({ confirmEmail: ["Type the contact's email address exactly to confirm"] });
    }
    await t.delete(s.contacts).where(and(eq(s.contacts.id, contact.id), eq(s.contacts.coachId, opts.coachId)));
    if (contact.userId) {
      const [user] = await t.select().from(s.users).where(eq(s.users.id, contact.userId));
      // Only a client account goes; a coach who is also someone's contact keeps their login.
      if (user && user.role === "client") {
        await t.delete(s.authSessions).where(eq(s.authSessions.userId, user.id));
        await t.delete(s.accounts).where(eq(s.accounts.userId, user.id));
        await t.delete(s.users).where(eq(s.users.id, user.id));
      }
    }
    await t.delete(s.verificationTokens).where(eq(s.verificationTokens.identifier, contact.email));
    // Messages to them, and those to the coach that quote them (tied by contact_id, deleted with the contact above).
    await t.delete(s.emailOutbox).where(eq(s.emailOutbox.toAddress, contact.email));
    await forgetRateLimitKeys(t, [contact.email]);
    return { email: contact.email };
  });
}
