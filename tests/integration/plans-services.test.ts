import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { addAchievement } from "@/lib/plans/growth/add-achievement";
import { addInterview } from "@/lib/plans/job-search/add-interview";
import { createActionItem } from "@/lib/plans/action-items/create-action-item";
import { createGoal } from "@/lib/plans/goals/create-goal";
import { createJobApplication } from "@/lib/plans/job-search/create-job-application";
import { createLearningItem } from "@/lib/plans/growth/create-learning-item";
import { createMilestone } from "@/lib/plans/milestones/create-milestone";
import { createNetworkingContact } from "@/lib/plans/job-search/create-networking-contact";
import { createPlanFromTemplate } from "@/lib/plans/plan/create-plan-from-template";
import { createSkill } from "@/lib/plans/growth/create-skill";
import { deleteGoal } from "@/lib/plans/goals/delete-goal";
import { PlanNotFoundError } from "@/lib/errors";
import { getPlanDetails } from "@/lib/plans/plan/get-plan-details";
import { listPlanTemplates } from "@/lib/plans/plan/list-plan-templates";
import { moveGoal } from "@/lib/plans/goals/move-goal";
import { moveMilestone } from "@/lib/plans/milestones/move-milestone";
import { getClientPlanScope, getCoachPlanScope, type PlanScope } from "@/lib/plans/plan/plan-scope";
import { savePlanAsTemplate } from "@/lib/plans/plan/save-plan-as-template";
import { setActionItemDone } from "@/lib/plans/action-items/set-action-item-done";
import { setLearningItemDone } from "@/lib/plans/growth/set-learning-item-done";
import { updateGoal } from "@/lib/plans/goals/update-goal";
import { updateMilestone } from "@/lib/plans/milestones/update-milestone";
import { updatePlanHeader } from "@/lib/plans/plan/update-plan-header";
import { updateSkill } from "@/lib/plans/growth/update-skill";
import { achievementSchema, goalSchema, interviewSchema, jobApplicationSchema, learningSchema, networkingContactSchema, planHeaderUpdateSchema, skillSchema } from "@/lib/plans/rules/validation";
import { planProgress, groupMilestonesByGoal } from "@/lib/plans";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
let coachId: string;
let jordan: s.Contact;
let coachScope: PlanScope;
let clientScope: PlanScope;
const now = new Date("2026-11-24T10:00:00Z");
const publicUrl = "http://localhost:3000";

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [{ id: coachId }] = await t.db.select({ id: s.coaches.id }).from(s.coaches);
  [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
  coachScope = await getCoachPlanScope(t.db, coachId, jordan.id);
  clientScope = await getClientPlanScope(t.db, jordan.id);
});
afterAll(async () => {
  await t?.close();
});

describe(`plan services (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("finds the same plan for the coach and for the signed-in client", async () => {
    expect(coachScope.planId).toBe(clientScope.planId);
    expect(coachScope.actor).toBe("coach");
    expect(clientScope.actor).toBe("client");
    const details = await getPlanDetails(t.db, clientScope);
    expect(details.plan.contactId).toBe(jordan.id);
    expect(details.goals.map((g) => g.position)).toEqual([0, 1, 2]);
  });

  it("lets the coach edit the header, add, edit, reorder and delete goals", async () => {
    await updatePlanHeader(t.db, coachScope, planHeaderUpdateSchema.parse({ targetRole: "Head of engineering", horizonYears: "5", status: "active" }), now);
    const { goalId } = await createGoal(t.db, coachScope, goalSchema.parse({ kind: "long_term", title: "Speak at a conference", targetDate: "2028-06-01" }));
    let details = await getPlanDetails(t.db, coachScope);
    expect(details.plan).toMatchObject({ targetRole: "Head of engineering", horizonYears: 5, currentRole: "Software engineer" });
    expect(details.goals.at(-1)).toMatchObject({ id: goalId, position: 3 });
    await moveGoal(t.db, coachScope, goalId, "up");
    await moveGoal(t.db, coachScope, goalId, "up");
    details = await getPlanDetails(t.db, coachScope);
    expect(details.goals.map((g) => g.position)).toEqual([0, 1, 2, 3]);
    expect(details.goals[1].id).toBe(goalId);
    await updateGoal(t.db, coachScope, goalId, { status: "in_progress", progress: 30 });
    expect((await getPlanDetails(t.db, coachScope)).goals[1]).toMatchObject({ status: "in_progress", progress: 30 });
    await deleteGoal(t.db, coachScope, goalId);
    expect((await getPlanDetails(t.db, coachScope)).goals).toHaveLength(3);
  });

  it("adds milestones in order, marks them done with a timeline entry, and progress follows", async () => {
    const { goalId } = await createGoal(t.db, coachScope, goalSchema.parse({ kind: "short_term", title: "Run the team offsite" }));
    const a = await createMilestone(t.db, coachScope, { goalId, title: "Pick a venue", dueDate: "2026-12-10", done: false }, now);
    const b = await createMilestone(t.db, coachScope, { goalId, title: "Send the agenda", dueDate: "2026-12-20", done: false }, now);
    await moveMilestone(t.db, coachScope, b.milestoneId, "up");
    let details = await getPlanDetails(t.db, coachScope);
    expect(details.milestones.filter((m) => m.goalId === goalId).map((m) => m.id)).toEqual([b.milestoneId, a.milestoneId]);
    await updateMilestone(t.db, coachScope, a.milestoneId, { done: true }, now);
    details = await getPlanDetails(t.db, coachScope);
    const byGoal = groupMilestonesByGoal(details.milestones);
    expect(planProgress(details.goals.filter((g) => g.id === goalId), byGoal)).toBe(50);
    const timeline = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, jordan.id), eq(s.activities.kind, "milestone_done")));
    expect(timeline.map((a) => a.summary)).toContain("Milestone reached: Pick a venue");
    await updateMilestone(t.db, coachScope, a.milestoneId, { done: true }, new Date("2027-01-01T00:00:00Z"));
    const [m] = await t.db.select().from(s.milestones).where(eq(s.milestones.id, a.milestoneId));
    expect(m.doneAt?.toISOString()).toBe(now.toISOString());
  });

  it("lets the client tick their own item, records it, and emails the coach when a goal's last item is done", async () => {
    const { goalId } = await createGoal(t.db, coachScope, goalSchema.parse({ kind: "short_term", title: "Write a promotion case" }));
    const one = await createActionItem(t.db, coachScope, { goalId, title: "Collect evidence", owner: "client", dueDate: "2026-11-30", bookingId: null, done: false }, now);
    const two = await createActionItem(t.db, coachScope, { goalId, title: "Draft the case", owner: "client", dueDate: "2026-12-05", bookingId: null, done: false }, now);
    expect(await setActionItemDone(t.db, clientScope, { itemId: one.itemId, done: true, now, publicUrl })).toEqual({ goalFinished: false });
    expect(await setActionItemDone(t.db, clientScope, { itemId: two.itemId, done: true, now, publicUrl })).toEqual({ goalFinished: true });
    const mails = await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.kind, "plan_goal_actions_done"));
    expect(mails).toHaveLength(1);
    expect(mails[0].toAddress).toBe("coach@example.com");
    expect(mails[0].text).toContain("Write a promotion case");
    expect(mails[0].text).toContain(`/coach/clients/${jordan.id}/plan`);
    const done = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, jordan.id), eq(s.activities.kind, "action_done")));
    expect(done.map((a) => a.summary)).toEqual(expect.arrayContaining(["Client completed: Collect evidence", "Client completed: Draft the case"]));
    // Unticking and ticking again changes the item but sends no second email.
    await setActionItemDone(t.db, clientScope, { itemId: two.itemId, done: false, now, publicUrl });
    await setActionItemDone(t.db, clientScope, { itemId: two.itemId, done: true, now, publicUrl });
    expect(await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.kind, "plan_goal_actions_done"))).toHaveLength(1);
  });

  it("refuses an action item tied to another client's session or to a goal of another plan", async () => {
    const [sam] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client2@example.com"));
    const [samBooking] = await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, sam.id));
    const samScope = await getCoachPlanScope(t.db, coachId, sam.id);
    const [samGoal] = (await getPlanDetails(t.db, samScope)).goals;
    await expect(createActionItem(t.db, coachScope, { goalId: null, title: "x", owner: "client", dueDate: null, bookingId: samBooking.id, done: false }, now)).rejects.toBeInstanceOf(PlanNotFoundError);
    await expect(createActionItem(t.db, coachScope, { goalId: samGoal.id, title: "x", owner: "client", dueDate: null, bookingId: null, done: false }, now)).rejects.toBeInstanceOf(PlanNotFoundError);
    const [jordanBooking] = await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, jordan.id));
    const { itemId } = await createActionItem(t.db, coachScope, { goalId: null, title: "From the session", owner: "coach", dueDate: null, bookingId: jordanBooking.id, done: false }, now);
    const [row] = await t.db.select().from(s.actionItems).where(eq(s.actionItems.id, itemId));
    expect(row.bookingId).toBe(jordanBooking.id);
  });

  it("keeps skills, learning, achievements and the job search", async () => {
    const { skillId } = await createSkill(t.db, coachScope, skillSchema.parse({ name: "Hiring", kind: "soft", currentLevel: "1", targetLevel: "4" }));
    await updateSkill(t.db, coachScope, skillId, { currentLevel: 2 });
    const { learningId } = await createLearningItem(t.db, coachScope, learningSchema.parse({ kind: "course", title: "Interviewing well", provider: "Academy", costCents: "12000" }));
    await setLearningItemDone(t.db, clientScope, learningId, true);
    await addAchievement(t.db, clientScope, achievementSchema.parse({ title: "Promoted to senior", achievedOn: "2026-11-20" }));
    const { applicationId } = await createJobApplication(t.db, clientScope, jobApplicationSchema.parse({ company: "Acme", role: "Engineering manager", url: "acme.com/jobs/1", stage: "applied" }));
    await addInterview(t.db, clientScope, applicationId, interviewSchema.parse({ scheduledOn: "2026-12-02" }));
    await createNetworkingContact(t.db, clientScope, networkingContactSchema.parse({ name: "Dana", whereMet: "Meetup", followUpOn: "2026-12-01" }));
    const details = await getPlanDetails(t.db, coachScope);
    expect(details.skills.find((k) => k.id === skillId)).toMatchObject({ currentLevel: 2, targetLevel: 4 });
    expect(details.learning.find((l) => l.id === learningId)).toMatchObject({ status: "done", costCents: 12000 });
    expect(details.achievements[0]).toMatchObject({ title: "Promoted to senior", addedBy: "client" });
    expect(details.applications[0]).toMatchObject({ company: "Acme", url: "https://acme.com/jobs/1", stage: "applied" });
    expect(details.interviews).toEqual([expect.objectContaining({ applicationId, kind: "interview", scheduledOn: "2026-12-02" })]);
    expect(details.networking.map((n) => n.name)).toContain("Dana");
    const timeline = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, jordan.id), eq(s.activities.kind, "achievement_added")));
    expect(timeline.map((a) => a.summary)).toContain("Client added an achievement: Promoted to senior");
  });

  it("saves a plan as a template and starts another client's plan from it", async () => {
    const { templateId } = await savePlanAsTemplate(t.db, coachScope, { name: "Engineer to manager", description: "From Jordan's plan" });
    const choices = await listPlanTemplates(t.db, coachId);
    expect(choices.map((c) => c.name)).toEqual(expect.arrayContaining(["Turn a job into a career", "Career change", "Engineer to manager"]));
    const source = await getPlanDetails(t.db, coachScope);
    const [grace] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "grace.okafor@example.com"));
    const { planId } = await createPlanFromTemplate(t.db, { contactId: grace.id, templateKey: templateId, startDate: source.plan.startedOn! });
    const copy = await getPlanDetails(t.db, await getCoachPlanScope(t.db, coachId, grace.id));
    expect(copy.plan.id).toBe(planId);
    expect(copy.goals.map((g) => [g.title, g.targetDate])).toEqual(source.goals.map((g) => [g.title, g.targetDate]));
    expect(copy.milestones.map((m) => [m.title, m.dueDate])).toEqual(source.milestones.map((m) => [m.title, m.dueDate]));
    expect(copy.milestones.every((m) => m.doneAt === null)).toBe(true);
    expect(copy.actionItems).toHaveLength(source.actionItems.length);
    expect(copy.skills.map((k) => k.name).sort()).toEqual(source.skills.map((k) => k.name).sort());
    expect(copy.achievements).toHaveLength(0);
  });
});
