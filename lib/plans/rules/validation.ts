// Zod schemas for the career-plan forms, shared by the forms and the handlers that save them.
// Field names match the columns in db/schema/plans.ts ("done" stands for done_at, which the
// handler sets). Each entity has a create schema and an update schema (every field optional; a
// field left out is left unchanged, a blank optional field is cleared). Forms send strings:
// blanks become null ("" for text kept in NOT NULL columns, or the default), and numbers and
// checkboxes are read from their text.
import { z } from "zod";
import { isIsoDate } from "./iso-date";
import {
  ACTION_OWNERS,
  GOAL_KINDS,
  GOAL_STATUSES,
  JOB_APPLICATION_STAGES,
  LEARNING_KINDS,
  LEARNING_STATUSES,
  PLAN_STATUSES,
  SKILL_KINDS,
} from "./types";

const SHORT_TEXT = 200;
const LONG_TEXT = 5000;

const isBlank = (value: unknown) => value == null || (typeof value === "string" && value.trim() === "");
const blankToNull = (value: unknown) => (isBlank(value) ? null : value);
const blankToUndefined = (value: unknown) => (isBlank(value) ? undefined : value);

function requiredText(label: string, max = SHORT_TEXT) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max} characters or fewer`);
}

function optionalText(label: string, max = LONG_TEXT) {
  return z.preprocess(
    blankToNull,
    z.string({ error: `${label} must be text` }).trim().max(max, `${label} must be ${max} characters or fewer`).nullable(),
  );
}

/** Optional text stored in a NOT NULL column: a blank becomes "". */
function optionalTextOrEmpty(label: string, max = LONG_TEXT) {
  return z.preprocess(
    (value) => (isBlank(value) ? "" : value),
    z.string({ error: `${label} must be text` }).trim().max(max, `${label} must be ${max} characters or fewer`),
  );
}

const dateMessage = (label: string) => `${label} must be a real date (YYYY-MM-DD)`;

function requiredDate(label: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : dateMessage(label)) })
      .trim()
      .refine(isIsoDate, dateMessage(label)),
  );
}

function optionalDate(label: string) {
  return z.preprocess(
    blankToNull,
    z.string({ error: dateMessage(label) }).trim().refine(isIsoDate, dateMessage(label)).nullable(),
  );
}

function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  const message = `${label} must be one of: ${values.map((value) => value.replaceAll("_", " ")).join(", ")}`;
  return z.preprocess(
    blankToUndefined,
    z.enum(values, { error: (issue) => (issue.input === undefined ? `${label} is required` : message) }),
  );
}

/** A whole number in [min, max]; `message` names the range, e.g. "Target level must be between 1 and 5". */
function wholeNumber(label: string, min: number, max: number, message: string) {
  return z.preprocess(
    (value) => (isBlank(value) ? undefined : typeof value === "string" ? Number(value.trim()) : value),
    z
      .number({ error: (issue) => (issue.input === undefined ? `${label} is required` : message) })
      .int(message)
      .min(min, message)
      .max(max, message),
  );
}

function optionalId(label: string) {
  return z.preprocess(blankToNull, z.string({ error: `${label} is not valid` }).trim().max(SHORT_TEXT).nullable());
}

/** `schema`, with `value` used when the field is left out or blank. */
function withDefault<S extends z.ZodType>(schema: S, value: z.util.NoUndefined<z.output<S>>) {
  return z.preprocess(blankToUndefined, schema.default(value));
}

/** An HTML checkbox: "on"/"true"/"1" are checked, absent or "off"/"false"/"0" unchecked. */
const checkbox = z.preprocess((value) => {
  if (value === true || value === "on" || value === "true" || value === "1") return true;
  if (value === false || value === "off" || value === "false" || value === "0" || isBlank(value)) return false;
  return value;
}, z.boolean({ error: "Must be checked or unchecked" }));

/** A web address; "acme.com/jobs" is read as "https://acme.com/jobs". */
const optionalUrl = z.preprocess(
  (value) => {
    const text = blankToNull(value);
    return typeof text === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(text.trim()) ? `https://${text.trim()}` : text;
  },
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "URL must be a web address, like https://example.com/jobs/1" })
    .max(2000, "URL must be 2000 characters or fewer")
    .nullable(),
);

// Plan header ------------------------------------------------------------------------------
const planHeaderFields = {
  currentRole: optionalTextOrEmpty("Current role", SHORT_TEXT),
  targetRole: optionalTextOrEmpty("Target role", SHORT_TEXT),
  vision: optionalTextOrEmpty("Vision"),
  horizonYears: wholeNumber("Horizon", 1, 10, "Horizon must be between 1 and 10 years"),
  status: choice("Status", PLAN_STATUSES),
};
export const planHeaderSchema = z.object({ ...planHeaderFields, status: withDefault(planHeaderFields.status, "draft") });
export const planHeaderUpdateSchema = z.object(planHeaderFields).partial();

// Goal -------------------------------------------------------------------------------------
const goalFields = {
  kind: choice("Goal type", GOAL_KINDS),
  title: requiredText("Title"),
  description: optionalText("Description"),
  targetDate: optionalDate("Target date"),
  status: choice("Status", GOAL_STATUSES),
  progress: wholeNumber("Progress", 0, 100, "Progress must be a whole number between 0 and 100"),
};
export const goalSchema = z.object({
  ...goalFields,
  status: withDefault(goalFields.status, "not_started"),
  progress: withDefault(goalFields.progress, 0),
});
export const goalUpdateSchema = z.object(goalFields).partial();

// Milestone --------------------------------------------------------------------------------
const milestoneFields = {
  goalId: requiredText("Goal"),
  title: requiredText("Title"),
  dueDate: optionalDate("Due date"),
  done: checkbox,
};
export const milestoneSchema = z.object(milestoneFields);
export const milestoneUpdateSchema = z.object(milestoneFields).omit({ goalId: true }).partial();

// Action item ------------------------------------------------------------------------------
const actionItemFields = {
  goalId: optionalId("Goal"),
  title: requiredText("Title"),
  owner: choice("Owner", ACTION_OWNERS),
  dueDate: optionalDate("Due date"),
  bookingId: optionalId("Session"),
  done: checkbox,
};
export const actionItemSchema = z.object(actionItemFields);
export const actionItemUpdateSchema = z.object(actionItemFields).partial();

// Skill ------------------------------------------------------------------------------------
const skillFields = {
  name: requiredText("Name"),
  kind: choice("Skill type", SKILL_KINDS),
  currentLevel: wholeNumber("Current level", 1, 5, "Current level must be between 1 and 5"),
  targetLevel: wholeNumber("Target level", 1, 5, "Target level must be between 1 and 5"),
};
export const skillSchema = z.object(skillFields);
export const skillUpdateSchema = z.object(skillFields).partial();

// Learning ---------------------------------------------------------------------------------
const learningFields = {
  kind: choice("Learning type", LEARNING_KINDS),
  title: requiredText("Title"),
  provider: optionalTextOrEmpty("Provider", SHORT_TEXT),
  status: choice("Status", LEARNING_STATUSES),
  startDate: optionalDate("Start date"),
  endDate: optionalDate("End date"),
  costCents: z.preprocess(
    (value) => (isBlank(value) ? null : typeof value === "string" ? Number(value.trim()) : value),
    z
      .number({ error: "Cost must be a whole number of cents, 0 or more" })
      .int("Cost must be a whole number of cents, 0 or more")
      .min(0, "Cost must be a whole number of cents, 0 or more")
      .nullable(),
  ),
};
function checkLearningDates(value: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "End date must be on or after the start date" });
  }
}
export const learningSchema = z
  .object({ ...learningFields, status: withDefault(learningFields.status, "planned") })
  .superRefine(checkLearningDates);
export const learningUpdateSchema = z.object(learningFields).partial().superRefine(checkLearningDates);

// Achievement ------------------------------------------------------------------------------
const achievementFields = {
  title: requiredText("Title"),
  achievedOn: requiredDate("Date"),
  description: optionalText("Description"),
};
export const achievementSchema = z.object(achievementFields);
export const achievementUpdateSchema = z.object(achievementFields).partial();

// Job application --------------------------------------------------------------------------
const jobApplicationFields = {
  goalId: optionalId("Goal"),
  company: requiredText("Company"),
  role: requiredText("Role"),
  url: optionalUrl,
  stage: choice("Stage", JOB_APPLICATION_STAGES),
  appliedOn: optionalDate("Applied on"),
  nextStep: optionalText("Next step", 500),
  nextStepDate: optionalDate("Next step date"),
};
export const jobApplicationSchema = z.object({ ...jobApplicationFields, stage: withDefault(jobApplicationFields.stage, "interested") });
export const jobApplicationUpdateSchema = z.object(jobApplicationFields).partial();

// Networking contact -----------------------------------------------------------------------
const networkingContactFields = {
  goalId: optionalId("Goal"),
  name: requiredText("Name"),
  whereMet: optionalText("Where you met", SHORT_TEXT),
  followUpOn: optionalDate("Follow-up date"),
  notes: optionalText("Notes"),
};
export const networkingContactSchema = z.object(networkingContactFields);
export const networkingContactUpdateSchema = z.object(networkingContactFields).partial();

export type PlanHeaderInput = z.output<typeof planHeaderSchema>;
export type PlanHeaderUpdate = z.output<typeof planHeaderUpdateSchema>;
export type GoalInput = z.output<typeof goalSchema>;
export type GoalUpdate = z.output<typeof goalUpdateSchema>;
export type MilestoneInput = z.output<typeof milestoneSchema>;
export type MilestoneUpdate = z.output<typeof milestoneUpdateSchema>;
export type ActionItemInput = z.output<typeof actionItemSchema>;
export type ActionItemUpdate = z.output<typeof actionItemUpdateSchema>;
export type SkillInput = z.output<typeof skillSchema>;
export type SkillUpdate = z.output<typeof skillUpdateSchema>;
export type LearningInput = z.output<typeof learningSchema>;
export type LearningUpdate = z.output<typeof learningUpdateSchema>;
export type AchievementInput = z.output<typeof achievementSchema>;
export type AchievementUpdate = z.output<typeof achievementUpdateSchema>;
export type JobApplicationInput = z.output<typeof jobApplicationSchema>;
export type JobApplicationUpdate = z.output<typeof jobApplicationUpdateSchema>;
export type NetworkingContactInput = z.output<typeof networkingContactSchema>;
export type NetworkingContactUpdate = z.output<typeof networkingContactUpdateSchema>;

// Interview ---------------------------------------------------------------------------------
export const interviewSchema = z.object({
  scheduledOn: requiredDate("Date"),
  kind: withDefault(z.string().trim().max(SHORT_TEXT, `Kind must be ${SHORT_TEXT} characters or fewer`), "interview"),
  notes: optionalText("Notes"),
});
export type InterviewInput = z.output<typeof interviewSchema>;

// Templates --------------------------------------------------------------------------------
export const templateSaveSchema = z.object({
  name: requiredText("Template name", 120),
  description: optionalTextOrEmpty("Description", 1000),
});
export type TemplateSaveInput = z.output<typeof templateSaveSchema>;

export const applyTemplateSchema = z.object({
  templateKey: requiredText("Template"),
  startDate: requiredDate("Start date"),
  currentRole: optionalTextOrEmpty("Current role", SHORT_TEXT),
  targetRole: optionalTextOrEmpty("Target role", SHORT_TEXT),
});
export type ApplyTemplateInput = z.output<typeof applyTemplateSchema>;
