// Scoped lookups: a row is found only when it belongs to the scope's plan. Any other id,
// including one of another client's plan, is "not found", so nothing about it leaks.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { achievements, actionItems, bookings, goals, interviews, jobApplications, learningItems, milestones, networkingContacts, skills } from "@/db/schema";
import { PlanNotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import type { PlanScope } from "./plan-scope";

function check(id: string, what: string) {
  if (!isUuid(id)) throw new PlanNotFoundError(what);
}

function found<T>(row: T | undefined, what: string): T {
  if (!row) throw new PlanNotFoundError(what);
  return row;
}

export async function findGoal(db: Db, s: PlanScope, id: string) {
  check(id, "Goal");
  const [row] = await db.select().from(goals).where(and(eq(goals.id, id), eq(goals.planId, s.planId)));
  return found(row, "Goal");
}

export async function findMilestone(db: Db, s: PlanScope, id: string) {
  check(id, "Milestone");
  const [row] = await db
    .select({ milestone: milestones, goal: goals })
    .from(milestones)
    .innerJoin(goals, eq(goals.id, milestones.goalId))
    .where(and(eq(milestones.id, id), eq(goals.planId, s.planId)));
  return found(row, "Milestone");
}

export async function findActionItem(db: Db, s: PlanScope, id: string) {
  check(id, "Action item");
  const [row] = await db.select().from(actionItems).where(and(eq(actionItems.id, id), eq(actionItems.planId, s.planId)));
  return found(row, "Action item");
}

export async function findSkill(db: Db, s: PlanScope, id: string) {
  check(id, "Skill");
  const [row] = await db.select().from(skills).where(and(eq(skills.id, id), eq(skills.planId, s.planId)));
  return found(row, "Skill");
}

export async function findLearningItem(db: Db, s: PlanScope, id: string) {
  check(id, "Learning item");
  const [row] = await db.select().from(learningItems).where(and(eq(learningItems.id, id), eq(learningItems.planId, s.planId)));
  return found(row, "Learning item");
}

export async function findAchievement(db: Db, s: PlanScope, id: string) {
  check(id, "Achievement");
  const [row] = await db.select().from(achievements).where(and(eq(achievements.id, id), eq(achievements.planId, s.planId)));
  return found(row, "Achievement");
}

export async function findJobApplication(db: Db, s: PlanScope, id: string) {
  check(id, "Application");
  const [row] = await db.select().from(jobApplications).where(and(eq(jobApplications.id, id), eq(jobApplications.planId, s.planId)));
  return found(row, "Application");
}

export async function findInterview(db: Db, s: PlanScope, id: string) {
  check(id, "Interview");
  const [row] = await db
    .select({ interview: interviews })
    .from(interviews)
    .innerJoin(jobApplications, eq(jobApplications.id, interviews.applicationId))
    .where(and(eq(interviews.id, id), eq(jobApplications.planId, s.planId)));
  return found(row, "Interview").interview;
}

export async function findNetworkingContact(db: Db, s: PlanScope, id: string) {
  check(id, "Networking contact");
  const [row] = await db.select().from(networkingContacts).where(and(eq(networkingContacts.id, id), eq(networkingContacts.planId, s.planId)));
  return found(row, "Networking contact");
}

/** A goal id given in a form: null stays null; anything else must be a goal of this plan. */
export async function checkGoalLink(db: Db, s: PlanScope, goalId: string | null | undefined): Promise<string | null | undefined> {
  if (goalId == null) return goalId;
  await findGoal(db, s, goalId);
  return goalId;
}

/** A session linked to an action item must be one of this client's bookings. */
export async function checkBookingLink(db: Db, s: PlanScope, bookingId: string | null | undefined): Promise<string | null | undefined> {
  if (bookingId == null) return bookingId;
  check(bookingId, "Session");
  const [row] = await db.select({ id: bookings.id }).from(bookings).where(and(eq(bookings.id, bookingId), eq(bookings.contactId, s.contactId)));
  return found(row, "Session").id;
}
