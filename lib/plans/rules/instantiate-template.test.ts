import { differenceInCalendarDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { instantiateTemplate, parseIntakeHorizon } from "./instantiate-template";
import { parseIsoDate } from "./iso-date";
import { BUILT_IN_TEMPLATES, findTemplate, type PlanTemplate } from "./templates";
import { goalSchema, milestoneSchema, skillSchema, learningSchema, actionItemSchema } from "./validation";

const jobToCareer = findTemplate("job-to-career") as PlanTemplate;

describe("BUILT_IN_TEMPLATES", () => {
  it("ships the job-to-career and career-change templates", () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.key)).toEqual(expect.arrayContaining(["job-to-career", "career-change"]));
    expect(new Set(BUILT_IN_TEMPLATES.map((template) => template.key)).size).toBe(BUILT_IN_TEMPLATES.length);
  });

  it("covers the six habits of turning a job into a career", () => {
    const titles = jobToCareer.goals.map((goal) => goal.title.toLowerCase()).join(" | ");
    for (const theme of ["beyond my current", "learning", "achievements", "feedback", "network", "adaptable"]) {
      expect(titles).toContain(theme);
    }
    expect(jobToCareer.goals.some((goal) => goal.kind === "long_term")).toBe(true);
  });

  it("covers the steps of a career change", () => {
    const titles = (findTemplate("career-change") as PlanTemplate).goals.map((goal) => goal.title.toLowerCase()).join(" | ");
    for (const theme of ["explore target roles", "skills gap", "evidence", "network", "land a role"]) {
      expect(titles).toContain(theme);
    }
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.key, template] as const))("%s is well formed", (_key, template) => {
    expect(template.horizonYears).toBeGreaterThanOrEqual(1);
    expect(template.horizonYears).toBeLessThanOrEqual(10);
    for (const goal of template.goals) {
      expect(goal.milestones.length).toBeGreaterThan(0);
      expect(goal.actions.length).toBeGreaterThan(0);
      for (const milestone of goal.milestones) expect(milestone.monthsFromStart).toBeLessThanOrEqual(goal.monthsFromStart);
      const monthsInOrder = goal.milestones.map((milestone) => milestone.monthsFromStart);
      expect(monthsInOrder).toEqual([...monthsInOrder].sort((a, b) => a - b));
    }
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.key, template] as const))("%s passes the form schemas", (_key, template) => {
    for (const goal of template.goals) {
      expect(goalSchema.safeParse({ kind: goal.kind, title: goal.title, description: goal.description }).success).toBe(true);
      for (const milestone of goal.milestones) expect(milestoneSchema.safeParse({ goalId: "g", title: milestone.title }).success).toBe(true);
      for (const action of goal.actions) expect(actionItemSchema.safeParse({ title: action.title, owner: action.owner }).success).toBe(true);
    }
    for (const skill of template.skills) expect(skillSchema.safeParse(skill).success).toBe(true);
    for (const item of template.learning) expect(learningSchema.safeParse(item).success).toBe(true);
  });
});

describe("instantiateTemplate", () => {
  it("dates goals and milestones in months and actions in days from the start", () => {
    const plan = instantiateTemplate(jobToCareer, { startDate: "2025-01-31" });
    const first = plan.goals[0];
    expect(first).toMatchObject({ kind: "long_term", targetDate: "2028-01-31", status: "not_started", progress: 0, position: 0 });
    expect(first.milestones[0]).toEqual({ title: jobToCareer.goals[0].milestones[0].title, dueDate: "2025-02-28", position: 0 });
    expect(first.actions[0]).toEqual({ title: jobToCareer.goals[0].actions[0].title, owner: "client", dueDate: "2025-02-07" });
    expect(plan.goals.map((goal) => goal.position)).toEqual(jobToCareer.goals.map((_, index) => index));
  });

  it("every action falls due by its goal's target date", () => {
    for (const template of BUILT_IN_TEMPLATES) {
      const plan = instantiateTemplate(template, { startDate: "2025-06-01" });
      for (const goal of plan.goals) {
        for (const action of goal.actions) {
          expect(differenceInCalendarDays(parseIsoDate(goal.targetDate), parseIsoDate(action.dueDate))).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it("uses the template's vision and horizon, and no roles, by default", () => {
    const plan = instantiateTemplate(jobToCareer, { startDate: "2025-01-01" });
    expect(plan).toMatchObject({
      templateKey: "job-to-career",
      vision: jobToCareer.vision,
      horizonYears: jobToCareer.horizonYears,
      startedOn: "2025-01-01",
      currentRole: "",
      targetRole: "",
      status: "draft",
    });
    expect(plan.learning.every((item) => item.status === "planned")).toBe(true);
    expect(plan.skills).toEqual(jobToCareer.skills);
  });

  it("pre-fills roles, vision and horizon from the options and the intake", () => {
    const plan = instantiateTemplate(jobToCareer, {
      startDate: "2025-01-01",
      currentRole: " Support analyst ",
      targetRole: "",
      intake: { situation: "Five years in support", horizon: "1-2 years", goals: " Move into product management " },
    });
    expect(plan).toMatchObject({ currentRole: "Support analyst", targetRole: "", vision: "Move into product management", horizonYears: 2 });
  });

  it("keeps the template's horizon when the intake's answer is unclear", () => {
    const plan = instantiateTemplate(jobToCareer, { startDate: "2025-01-01", intake: { horizon: "not sure", goals: "  " } });
    expect(plan).toMatchObject({ horizonYears: jobToCareer.horizonYears, vision: jobToCareer.vision });
  });

  it("does not share arrays with the template", () => {
    const plan = instantiateTemplate(jobToCareer, { startDate: "2025-01-01" });
    plan.skills[0].targetLevel = 1;
    expect(jobToCareer.skills[0].targetLevel).not.toBe(1);
  });

  it("throws on a start date that is not a real date", () => {
    expect(() => instantiateTemplate(jobToCareer, { startDate: "2025-02-30" })).toThrow(RangeError);
  });
});

describe("parseIntakeHorizon", () => {
  it.each([
    ["next 6 months", 1],
    ["Next 6 months", 1],
    ["18 months", 2],
    ["1-2 years", 2],
    ["3 to 5 years", 5],
    ["5+ years", 5],
    ["within a year", 1],
    ["15+ years", 10],
  ])("reads %j as %i", (answer, years) => {
    expect(parseIntakeHorizon(answer)).toBe(years);
  });

  it.each([[""], ["asap"], [null], [undefined]])("gives nothing for %j", (answer) => {
    expect(parseIntakeHorizon(answer)).toBeUndefined();
  });
});
