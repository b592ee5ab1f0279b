import { describe, expect, it } from "vitest";
import { instantiateSavedTemplate, planToTemplateBody, savedTemplateBodySchema, type PlanStructure } from "./saved-template";

const plan: PlanStructure = {
  horizonYears: 3,
  vision: "Lead a team.",
  goals: [
    { id: "g2", kind: "long_term", title: "Become a manager", description: null, targetDate: "2028-01-01", position: 1 },
    { id: "g1", kind: "short_term", title: "Lead a project", description: "Billing", targetDate: null, position: 0 },
  ],
  milestones: [
    { goalId: "g1", title: "Second", dueDate: "2026-03-01", position: 1 },
    { goalId: "g1", title: "First", dueDate: "2026-01-31", position: 0 },
  ],
  actionItems: [
    { goalId: "g1", title: "Draft plan", owner: "client", dueDate: "2026-01-08" },
    { goalId: null, title: "From notes", owner: "coach", dueDate: null },
    { goalId: "gone", title: "Orphan", owner: "client", dueDate: "2025-12-31" },
  ],
  skills: [{ name: "Feedback", kind: "soft", currentLevel: 2, targetLevel: 4 }],
  learning: [{ kind: "course", title: "Managing teams", provider: "OU" }],
};

describe("planToTemplateBody", () => {
  it("keeps the structure in order with dates as days from the start", () => {
    const body = planToTemplateBody(plan, "2026-01-01");
    expect(savedTemplateBodySchema.parse(body)).toEqual(body);
    expect(body.goals.map((g) => [g.title, g.daysFromStart])).toEqual([["Lead a project", null], ["Become a manager", 730]]);
    expect(body.goals[0].milestones).toEqual([{ title: "First", daysFromStart: 30 }, { title: "Second", daysFromStart: 59 }]);
    expect(body.goals[0].actions).toEqual([{ title: "Draft plan", owner: "client", daysFromStart: 7 }]);
    expect(body.actions).toEqual([{ title: "From notes", owner: "coach", daysFromStart: null }, { title: "Orphan", owner: "client", daysFromStart: -1 }]);
  });
});

describe("instantiateSavedTemplate", () => {
  it("dates everything from the new start and resets status and progress", () => {
    const body = planToTemplateBody(plan, "2026-01-01");
    const draft = instantiateSavedTemplate("tpl-1", body, { startDate: "2027-03-01", targetRole: " Manager ", intake: { horizon: "5+ years" } });
    expect(draft).toMatchObject({ templateKey: "tpl-1", startedOn: "2027-03-01", targetRole: "Manager", currentRole: "", vision: "Lead a team.", horizonYears: 5, status: "draft" });
    expect(draft.goals[1]).toMatchObject({ title: "Become a manager", targetDate: "2029-02-28", status: "not_started", progress: 0, position: 1 });
    expect(draft.goals[0].milestones.map((m) => m.dueDate)).toEqual(["2027-03-31", "2027-04-29"]);
    expect(draft.looseActions?.map((a) => a.dueDate)).toEqual([null, "2027-02-28"]);
    expect(draft.learning).toEqual([{ kind: "course", title: "Managing teams", provider: "OU", status: "planned" }]);
  });

  it("refuses a body that is not a saved template", () => {
    expect(savedTemplateBodySchema.safeParse({ version: 2 }).success).toBe(false);
    expect(savedTemplateBodySchema.safeParse({ ...planToTemplateBody(plan, "2026-01-01"), horizonYears: 0 }).success).toBe(false);
  });
});
