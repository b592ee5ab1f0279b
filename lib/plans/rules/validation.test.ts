import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  achievementSchema,
  actionItemSchema,
  actionItemUpdateSchema,
  goalSchema,
  goalUpdateSchema,
  jobApplicationSchema,
  learningSchema,
  learningUpdateSchema,
  milestoneSchema,
  milestoneUpdateSchema,
  networkingContactSchema,
  planHeaderSchema,
  skillSchema,
} from "./validation";

/** Each field's first message, as a form would show it. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string | undefined> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const { fieldErrors } = z.flattenError(result.error);
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, (messages as string[])[0]]));
}

describe("planHeaderSchema", () => {
  it("reads form strings, keeps blanks as empty text and defaults the status to draft", () => {
    expect(planHeaderSchema.parse({ currentRole: " Analyst ", targetRole: "", vision: "", horizonYears: "3" })).toEqual({
      currentRole: "Analyst",
      targetRole: "",
      vision: "",
      horizonYears: 3,
      status: "draft",
    });
  });

  it("keeps the horizon between 1 and 10 whole years", () => {
    for (const horizonYears of ["0", "11", "2.5", "abc"]) {
      expect(errorsOf(planHeaderSchema, { horizonYears }).horizonYears).toBe("Horizon must be between 1 and 10 years");
    }
    expect(errorsOf(planHeaderSchema, {}).horizonYears).toBe("Horizon is required");
  });

  it("rejects an unknown status", () => {
    expect(errorsOf(planHeaderSchema, { horizonYears: 2, status: "archived" }).status).toBe(
      "Status must be one of: draft, active, paused, completed",
    );
  });
});

describe("goalSchema", () => {
  it("accepts a minimal goal with defaults", () => {
    expect(goalSchema.parse({ kind: "long_term", title: "Lead a product team", targetDate: "", progress: "" })).toEqual({
      kind: "long_term",
      title: "Lead a product team",
      description: null,
      targetDate: null,
      status: "not_started",
      progress: 0,
    });
  });

  it("gives a message for every bad field", () => {
    expect(errorsOf(goalSchema, { kind: "someday", title: "  ", targetDate: "2025-02-30", progress: "120" })).toEqual({
      kind: "Goal type must be one of: short term, long term",
      title: "Title is required",
      targetDate: "Target date must be a real date (YYYY-MM-DD)",
      progress: "Progress must be a whole number between 0 and 100",
    });
  });

  it("limits the title's length", () => {
    expect(errorsOf(goalSchema, { kind: "short_term", title: "x".repeat(201) }).title).toBe("Title must be 200 characters or fewer");
  });

  it("update: leaves out what is not sent, adds no defaults, clears blanks", () => {
    expect(goalUpdateSchema.parse({ title: "New title" })).toEqual({ title: "New title" });
    expect(goalUpdateSchema.parse({ targetDate: "" })).toEqual({ targetDate: null });
    expect(errorsOf(goalUpdateSchema, { title: "" }).title).toBe("Title is required");
  });
});

describe("milestoneSchema", () => {
  it("needs a goal and a title; reads the checkbox", () => {
    expect(milestoneSchema.parse({ goalId: "g1", title: "Shortlist roles", dueDate: "2025-03-01", done: "on" })).toEqual({
      goalId: "g1",
      title: "Shortlist roles",
      dueDate: "2025-03-01",
      done: true,
    });
    expect(errorsOf(milestoneSchema, {})).toEqual({ goalId: "Goal is required", title: "Title is required" });
  });

  it("update: an absent checkbox is left unchanged", () => {
    expect(milestoneUpdateSchema.parse({ title: "x" })).toEqual({ title: "x" });
    expect(milestoneUpdateSchema.parse({ done: "false" })).toEqual({ done: false });
  });
});

describe("actionItemSchema", () => {
  it("accepts an action with no goal", () => {
    expect(actionItemSchema.parse({ title: "Update CV", owner: "client", goalId: "", dueDate: "" })).toEqual({
      goalId: null,
      title: "Update CV",
      owner: "client",
      dueDate: null,
      bookingId: null,
      done: false,
    });
  });

  it("requires an owner", () => {
    expect(errorsOf(actionItemSchema, { title: "Call" }).owner).toBe("Owner is required");
    expect(errorsOf(actionItemUpdateSchema, { owner: "manager" }).owner).toBe("Owner must be one of: client, coach");
  });
});

describe("skillSchema", () => {
  it("reads levels from text", () => {
    expect(skillSchema.parse({ name: "SQL", kind: "technical", currentLevel: "2", targetLevel: "4" })).toEqual({
      name: "SQL",
      kind: "technical",
      currentLevel: 2,
      targetLevel: 4,
    });
  });

  it("keeps levels whole numbers from 1 to 5", () => {
    expect(errorsOf(skillSchema, { name: "SQL", kind: "technical", currentLevel: "0", targetLevel: "6" })).toEqual({
      currentLevel: "Current level must be between 1 and 5",
      targetLevel: "Target level must be between 1 and 5",
    });
    expect(errorsOf(skillSchema, { name: "SQL", kind: "technical", currentLevel: "2", targetLevel: "3.5" }).targetLevel).toBe(
      "Target level must be between 1 and 5",
    );
    expect(errorsOf(skillSchema, { name: "", kind: "soft", currentLevel: 1 })).toEqual({
      name: "Name is required",
      targetLevel: "Target level is required",
    });
  });
});

describe("learningSchema", () => {
  it("accepts a planned course with blanks", () => {
    expect(learningSchema.parse({ kind: "course", title: "Intro to UX", provider: "", startDate: "", endDate: "", costCents: "" })).toEqual({
      kind: "course",
      title: "Intro to UX",
      provider: "",
      status: "planned",
      startDate: null,
      endDate: null,
      costCents: null,
    });
  });

  it("rejects an end before the start, and a negative or fractional cost", () => {
    const errors = errorsOf(learningSchema, { kind: "degree", title: "MBA", startDate: "2025-09-01", endDate: "2025-08-01", costCents: "-1" });
    expect(errors).toEqual({ endDate: "End date must be on or after the start date", costCents: "Cost must be a whole number of cents, 0 or more" });
    expect(errorsOf(learningUpdateSchema, { startDate: "2025-09-01", endDate: "2025-08-31" }).endDate).toBe(
      "End date must be on or after the start date",
    );
    expect(learningUpdateSchema.parse({ costCents: "129900" })).toEqual({ costCents: 129900 });
  });
});

describe("achievementSchema", () => {
  it("needs a title and a real date", () => {
    expect(achievementSchema.parse({ title: "Led the Q3 launch", achievedOn: "2025-09-30", description: "" })).toEqual({
      title: "Led the Q3 launch",
      achievedOn: "2025-09-30",
      description: null,
    });
    expect(errorsOf(achievementSchema, { title: "", achievedOn: "" })).toEqual({ title: "Title is required", achievedOn: "Date is required" });
    expect(errorsOf(achievementSchema, { title: "x", achievedOn: "30/09/2025" }).achievedOn).toBe("Date must be a real date (YYYY-MM-DD)");
  });
});

describe("jobApplicationSchema", () => {
  it("defaults the stage and reads a bare web address", () => {
    expect(jobApplicationSchema.parse({ company: "Acme", role: "UX designer", url: "acme.com/jobs/12", appliedOn: "" })).toEqual({
      goalId: null,
      company: "Acme",
      role: "UX designer",
      url: "https://acme.com/jobs/12",
      stage: "interested",
      appliedOn: null,
      nextStep: null,
      nextStepDate: null,
    });
  });

  it("rejects non-web links, unknown stages and bad dates", () => {
    expect(
      errorsOf(jobApplicationSchema, { company: "Acme", role: "Dev", url: "javascript:alert(1)", stage: "ghosted", nextStepDate: "2025-13-01" }),
    ).toEqual({
      url: "URL must be a web address, like https://example.com/jobs/1",
      stage: "Stage must be one of: interested, applied, interviewing, offer, rejected",
      nextStepDate: "Next step date must be a real date (YYYY-MM-DD)",
    });
    expect(errorsOf(jobApplicationSchema, {})).toMatchObject({ company: "Company is required", role: "Role is required" });
  });
});

describe("networkingContactSchema", () => {
  it("needs a name; the rest is optional", () => {
    expect(networkingContactSchema.parse({ name: "Dana Lee", whereMet: "", followUpOn: "2025-04-02", notes: "" })).toEqual({
      goalId: null,
      name: "Dana Lee",
      whereMet: null,
      followUpOn: "2025-04-02",
      notes: null,
    });
    expect(errorsOf(networkingContactSchema, { name: "" }).name).toBe("Name is required");
  });
});
