import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createPlanFromTemplate } from "@/lib/plans/plan/create-plan-from-template";
import { PlanAlreadyExistsError, PlanNotFoundError, TemplateNotFoundError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
let coachId: string;
const contactIdOf = async (email: string) => (await t.db.select().from(s.contacts).where(eq(s.contacts.email, email)))[0].id;
const count = async (table: typeof s.goals | typeof s.milestones | typeof s.actionItems | typeof s.careerPlans) =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: new Date("2026-11-24T10:00:00Z") });
  [{ id: coachId }] = await t.db.select({ id: s.coaches.id }).from(s.coaches);
});
afterAll(async () => {
  await t?.close();
});

describe(`createPlanFromTemplate (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("starts a plan from a built-in template with dated goals, milestones, actions, skills and learning", async () => {
    const contactId = await contactIdOf("grace.okafor@example.com");
    const { planId } = await t.db.transaction(async (tx) =>
      createPlanFromTemplate(tx as never, {
        contactId,
        templateKey: "job-to-career",
        startDate: "2026-12-01",
        intake: { horizon: "5+ years", goals: "Lead a design team." },
        currentRole: "Designer",
        targetRole: "Design lead",
      }),
    );
    const [plan] = await t.db.select().from(s.careerPlans).where(eq(s.careerPlans.id, planId));
    expect(plan).toMatchObject({ contactId, currentRole: "Designer", targetRole: "Design lead", vision: "Lead a design team.", horizonYears: 5, status: "draft", templateKey: "job-to-career", startedOn: "2026-12-01" });
    const goalRows = await t.db.select().from(s.goals).where(eq(s.goals.planId, planId));
    expect(goalRows).toHaveLength(6);
    expect(goalRows.map((g) => g.position).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const firstMilestones = await t.db.select().from(s.milestones).where(eq(s.milestones.goalId, goalRows.find((g) => g.position === 0)!.id));
    expect(firstMilestones.map((m) => m.dueDate)).toContain("2027-01-01");
    const items = await t.db.select().from(s.actionItems).where(eq(s.actionItems.planId, planId));
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((i) => i.goalId && i.doneAt === null)).toBe(true);
    expect(await t.db.select().from(s.skills).where(eq(s.skills.planId, planId))).toHaveLength(5);
    expect(await t.db.select().from(s.learningItems).where(eq(s.learningItems.planId, planId))).toHaveLength(3);
    const timeline = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, contactId), eq(s.activities.kind, "plan_created")));
    expect(timeline).toHaveLength(1);
  });

  it("refuses a second plan for the same contact and writes nothing", async () => {
    const contactId = await contactIdOf("grace.okafor@example.com");
    const before = [await count(s.careerPlans), await count(s.goals)];
    await expect(createPlanFromTemplate(t.db, { contactId, templateKey: "career-change", startDate: "2026-12-01" })).rejects.toBeInstanceOf(PlanAlreadyExistsError);
    expect([await count(s.careerPlans), await count(s.goals)]).toEqual(before);
  });

  it("refuses an unknown template, another coach's saved template and an unknown contact", async () => {
    const contactId = await contactIdOf("emma.johansson@example.com");
    await expect(createPlanFromTemplate(t.db, { contactId, templateKey: "nope", startDate: "2026-12-01" })).rejects.toBeInstanceOf(TemplateNotFoundError);
    const [otherUser] = await t.db.insert(s.users).values({ email: "other.coach@example.com", role: "coach" }).returning();
    const [otherCoach] = await t.db.insert(s.coaches).values({ userId: otherUser.id, slug: "other-coach", displayName: "Other" }).returning();
    const [foreign] = await t.db
      .insert(s.planTemplates)
      .values({ coachId: otherCoach.id, name: "Theirs", body: { version: 1, horizonYears: 2, vision: "", goals: [], actions: [], skills: [], learning: [] } })
      .returning();
    await expect(createPlanFromTemplate(t.db, { contactId, templateKey: foreign.id, startDate: "2026-12-01" })).rejects.toBeInstanceOf(TemplateNotFoundError);
    await expect(createPlanFromTemplate(t.db, { contactId: "00000000-0000-4000-8000-000000000000", templateKey: "career-change", startDate: "2026-12-01" })).rejects.toBeInstanceOf(PlanNotFoundError);
    expect(await t.db.select().from(s.careerPlans).where(eq(s.careerPlans.contactId, contactId))).toHaveLength(0);
  });

  it("starts a plan from the coach's saved template, dates counted from the new start", async () => {
    const contactId = await contactIdOf("emma.johansson@example.com");
    const [saved] = await t.db
      .insert(s.planTemplates)
      .values({
        coachId,
        name: "Mine",
        body: {
          version: 1, horizonYears: 2, vision: "Grow.",
          goals: [{ kind: "short_term", title: "G1", description: null, daysFromStart: 30, milestones: [{ title: "M1", daysFromStart: 10 }], actions: [{ title: "A1", owner: "client", daysFromStart: 3 }] }],
          actions: [{ title: "Loose", owner: "coach", daysFromStart: null }],
          skills: [{ name: "Sk", kind: "soft", currentLevel: 1, targetLevel: 3 }],
          learning: [],
        },
      })
      .returning();
    const { planId } = await createPlanFromTemplate(t.db, { contactId, templateKey: saved.id, startDate: "2027-01-01" });
    const [goal] = await t.db.select().from(s.goals).where(eq(s.goals.planId, planId));
    expect(goal).toMatchObject({ title: "G1", targetDate: "2027-01-31" });
    const items = await t.db.select().from(s.actionItems).where(eq(s.actionItems.planId, planId));
    expect(items.map((i) => [i.title, i.dueDate, i.goalId === goal.id]).sort()).toEqual([["A1", "2027-01-04", true], ["Loose", null, false]]);
  });
});
