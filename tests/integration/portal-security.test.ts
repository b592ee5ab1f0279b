// Client A working with client B's ids: every service answers "not found" or "forbidden" and
// nothing in the database changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { cancelBooking, BookingNotFoundError } from "@/lib/booking";
import { addInterview } from "@/lib/plans/job-search/add-interview";
import { createActionItem } from "@/lib/plans/action-items/create-action-item";
import { createGoal } from "@/lib/plans/goals/create-goal";
import { createJobApplication } from "@/lib/plans/job-search/create-job-application";
import { createMilestone } from "@/lib/plans/milestones/create-milestone";
import { createNetworkingContact } from "@/lib/plans/job-search/create-networking-contact";
import { createSkill } from "@/lib/plans/growth/create-skill";
import { deleteAchievement } from "@/lib/plans/growth/delete-achievement";
import { deleteGoal } from "@/lib/plans/goals/delete-goal";
import { deleteInterview } from "@/lib/plans/job-search/delete-interview";
import { deleteJobApplication } from "@/lib/plans/job-search/delete-job-application";
import { deleteNetworkingContact } from "@/lib/plans/job-search/delete-networking-contact";
import { PlanForbiddenError, PlanNotFoundError } from "@/lib/errors";
import { getClientSession, listClientSessions } from "@/lib/plans/sessions/list-client-sessions";
import { moveGoal } from "@/lib/plans/goals/move-goal";
import { getClientPlanScope, getCoachPlanScope, type PlanScope } from "@/lib/plans/plan/plan-scope";
import { savePlanAsTemplate } from "@/lib/plans/plan/save-plan-as-template";
import { setActionItemDone } from "@/lib/plans/action-items/set-action-item-done";
import { setLearningItemDone } from "@/lib/plans/growth/set-learning-item-done";
import { updateActionItem } from "@/lib/plans/action-items/update-action-item";
import { updateGoal } from "@/lib/plans/goals/update-goal";
import { updateJobApplication } from "@/lib/plans/job-search/update-job-application";
import { updateMilestone } from "@/lib/plans/milestones/update-milestone";
import { updateNetworkingContact } from "@/lib/plans/job-search/update-networking-contact";
import { updatePlanHeader } from "@/lib/plans/plan/update-plan-header";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
let a: PlanScope; // Jordan, signed in
let bCoach: PlanScope; // Sam's plan, as the coach sees it
const now = new Date("2026-11-24T10:00:00Z");
const publicUrl = "http://localhost:3000";
const ids: Record<string, string> = {};

async function snapshot() {
  const tables = [s.careerPlans, s.goals, s.milestones, s.actionItems, s.skills, s.learningItems, s.achievements, s.jobApplications, s.interviews, s.networkingContacts, s.bookings, s.purchases, s.emailOutbox];
  const out: unknown[] = [];
  for (const table of tables) out.push(await t.db.execute(sql`select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${table} x`));
  return JSON.stringify(out);
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  const [coach] = await t.db.select().from(s.coaches);
  const [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
  const [sam] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client2@example.com"));
  a = await getClientPlanScope(t.db, jordan.id);
  bCoach = await getCoachPlanScope(t.db, coach.id, sam.id);
  const bClient = await getClientPlanScope(t.db, sam.id);
  const [goal] = await t.db.select().from(s.goals).where(eq(s.goals.planId, bCoach.planId));
  ids.plan = bCoach.planId;
  ids.goal = goal.id;
  ids.milestone = (await t.db.select().from(s.milestones).where(eq(s.milestones.goalId, goal.id)))[0].id;
  const items = await t.db.select().from(s.actionItems).where(eq(s.actionItems.planId, bCoach.planId));
  ids.clientItem = items.find((i) => i.owner === "client")!.id;
  ids.learning = (await t.db.select().from(s.learningItems).where(eq(s.learningItems.planId, bCoach.planId)))[0].id;
  ids.achievement = (await t.db.select().from(s.achievements).where(eq(s.achievements.planId, bCoach.planId)))[0].id;
  ids.application = (await createJobApplication(t.db, bClient, { goalId: null, company: "Globex", role: "Designer", url: null, stage: "applied", appliedOn: null, nextStep: null, nextStepDate: null })).applicationId;
  ids.interview = (await addInterview(t.db, bClient, ids.application, { scheduledOn: "2026-12-01", kind: "interview", notes: null })).interviewId;
  ids.networking = (await createNetworkingContact(t.db, bClient, { goalId: null, name: "Lee", whereMet: null, followUpOn: null, notes: null })).networkingContactId;
  ids.booking = (await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, sam.id)).orderBy(sql`${s.bookings.startsAt} desc`))[0].id;
  ids.jordanCoachItem = (await t.db.select().from(s.actionItems).where(eq(s.actionItems.planId, a.planId))).find((i) => i.owner === "coach" && i.doneAt == null)!.id;
  ids.jordanGoal = (await t.db.select().from(s.goals).where(eq(s.goals.planId, a.planId)))[0].id;
});
afterAll(async () => {
  await t?.close();
});

describe(`a client reaching for another client's plan (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("gets not found for every id of the other plan, and nothing changes", async () => {
    const before = await snapshot();
    const attempts: [string, () => Promise<unknown>][] = [
      ["tick item", () => setActionItemDone(t.db, a, { itemId: ids.clientItem, done: true, now, publicUrl })],
      ["learning done", () => setLearningItemDone(t.db, a, ids.learning, true)],
      ["delete achievement", () => deleteAchievement(t.db, a, ids.achievement)],
      ["edit application", () => updateJobApplication(t.db, a, ids.application, { stage: "rejected" })],
      ["delete application", () => deleteJobApplication(t.db, a, ids.application)],
      ["add interview", () => addInterview(t.db, a, ids.application, { scheduledOn: "2026-12-09", kind: "interview", notes: null })],
      ["delete interview", () => deleteInterview(t.db, a, ids.interview)],
      ["edit networking", () => updateNetworkingContact(t.db, a, ids.networking, { name: "Hacked" })],
      ["delete networking", () => deleteNetworkingContact(t.db, a, ids.networking)],
      ["link application to their goal", () => createJobApplication(t.db, a, { goalId: ids.goal, company: "X", role: "Y", url: null, stage: "interested", appliedOn: null, nextStep: null, nextStepDate: null })],
      ["read their session", () => getClientSession(t.db, a.contactId, ids.booking)],
      ["a plan id as a contact id", () => getClientPlanScope(t.db, ids.plan)],
      ["a made-up id", () => setActionItemDone(t.db, a, { itemId: "not-a-uuid", done: true, now, publicUrl })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toBeInstanceOf(PlanNotFoundError);
    }
    await expect(cancelBooking(t.db, { bookingId: ids.booking, contactId: a.contactId, actor: "client", now })).rejects.toBeInstanceOf(BookingNotFoundError);
    expect(await snapshot()).toBe(before);
  });

  it("cannot tick a coach-owned item or change the parts of their own plan that are the coach's", async () => {
    const before = await snapshot();
    const refused: [string, () => Promise<unknown>][] = [
      ["tick coach item", () => setActionItemDone(t.db, a, { itemId: ids.jordanCoachItem, done: true, now, publicUrl })],
      ["edit header", () => updatePlanHeader(t.db, a, { targetRole: "CEO" }, now)],
      ["add goal", () => createGoal(t.db, a, { kind: "short_term", title: "x", description: null, targetDate: null, status: "not_started", progress: 0 })],
      ["edit goal", () => updateGoal(t.db, a, ids.jordanGoal, { progress: 100 })],
      ["reorder goal", () => moveGoal(t.db, a, ids.jordanGoal, "down")],
      ["delete goal", () => deleteGoal(t.db, a, ids.jordanGoal)],
      ["add milestone", () => createMilestone(t.db, a, { goalId: ids.jordanGoal, title: "x", dueDate: null, done: false }, now)],
      ["add action item", () => createActionItem(t.db, a, { goalId: null, title: "x", owner: "client", dueDate: null, bookingId: null, done: false }, now)],
      ["edit action item", () => updateActionItem(t.db, a, ids.jordanCoachItem, { owner: "client" }, now)],
      ["add skill", () => createSkill(t.db, a, { name: "x", kind: "soft", currentLevel: 1, targetLevel: 2 })],
      ["save as template", () => savePlanAsTemplate(t.db, a, { name: "x", description: "" })],
    ];
    for (const [name, attempt] of refused) {
      await expect(attempt(), name).rejects.toBeInstanceOf(PlanForbiddenError);
    }
    // Their own milestone is the coach's to mark too.
    const [milestone] = await t.db.select().from(s.milestones).innerJoin(s.goals, eq(s.goals.id, s.milestones.goalId)).where(eq(s.goals.planId, a.planId));
    await expect(updateMilestone(t.db, a, milestone.milestones.id, { done: true }, now)).rejects.toBeInstanceOf(PlanForbiddenError);
    expect(await snapshot()).toBe(before);
  });

  it("a coach cannot open another coach's client", async () => {
    const [otherUser] = await t.db.insert(s.users).values({ email: "rival@example.com", role: "coach" }).returning();
    const [rival] = await t.db.insert(s.coaches).values({ userId: otherUser.id, slug: "rival", displayName: "Rival" }).returning();
    await expect(getCoachPlanScope(t.db, rival.id, bCoach.contactId)).rejects.toBeInstanceOf(PlanNotFoundError);
  });

  it("lists only the client's own sessions, with shared notes and never private ones", async () => {
    const { upcoming, past } = await listClientSessions(t.db, a.contactId, now);
    const all = [...upcoming, ...past];
    expect(all.length).toBeGreaterThan(0);
    const own = await t.db.select({ id: s.bookings.id }).from(s.bookings).where(eq(s.bookings.contactId, a.contactId));
    expect(new Set(all.map((x) => x.id))).toEqual(new Set(own.map((x) => x.id)));
    for (const session of all) expect(session).not.toHaveProperty("privateNotes");
    expect(past.some((x) => x.sharedNotes.includes("reviewed your goals"))).toBe(true);
    expect(JSON.stringify(all)).not.toContain("Demo: energetic");
  });
});
