import { addDays, addMonths } from "date-fns";
import { formatIsoDate, parseIsoDate } from "./iso-date";
import type { PlanTemplate } from "./templates";
import type { ActionOwner, GoalKind, IsoDate, LearningKind, SkillKind } from "./types";

/** Answers from the discovery-call intake that can shape a new plan. */
export type PlanIntake = { situation?: string | null; horizon?: string | null; goals?: string | null };

export type InstantiateTemplateOptions = {
  /** The plan's first day, `YYYY-MM-DD`; every date in the plan is counted from it. */
  startDate: IsoDate;
  currentRole?: string | null;
  targetRole?: string | null;
  intake?: PlanIntake;
};

/** A new plan, ready for a service to insert: the header, then goals with their milestones and actions. */
export type InstantiatedPlan = {
  templateKey: string;
  startedOn: IsoDate;
  /** "" when not known, as the plan's columns store it. */
  currentRole: string;
  targetRole: string;
  vision: string;
  horizonYears: number;
  status: "draft";
  goals: {
    kind: GoalKind;
    title: string;
    description: string;
    targetDate: IsoDate;
    status: "not_started";
    progress: 0;
    position: number;
    milestones: { title: string; dueDate: IsoDate; position: number }[];
    actions: { title: string; owner: ActionOwner; dueDate: IsoDate }[];
  }[];
  skills: { name: string; kind: SkillKind; currentLevel: number; targetLevel: number }[];
  learning: { kind: LearningKind; title: string; provider: string; status: "planned" }[];
};

/**
 * Turns a template into a dated plan starting on `startDate` (milestones and goals counted in
 * months, actions in days). The intake's goals, when given, become the vision, and its horizon
 * ("next 6 months", "1-2 years", "5+ years") the horizon; otherwise the template's are used.
 * Throws a RangeError when `startDate` is not a real `YYYY-MM-DD` date.
 */
export function instantiateTemplate(template: PlanTemplate, options: InstantiateTemplateOptions): InstantiatedPlan {
  const start = parseIsoDate(options.startDate);
  const inMonths = (months: number) => formatIsoDate(addMonths(start, months));
  const inDays = (days: number) => formatIsoDate(addDays(start, days));
  return {
    templateKey: template.key,
    startedOn: options.startDate,
    currentRole: options.currentRole?.trim() ?? "",
    targetRole: options.targetRole?.trim() ?? "",
    vision: options.intake?.goals?.trim() || template.vision,
    horizonYears: parseIntakeHorizon(options.intake?.horizon) ?? template.horizonYears,
    status: "draft",
    goals: template.goals.map((goal, position) => ({
      kind: goal.kind,
      title: goal.title,
      description: goal.description,
      targetDate: inMonths(goal.monthsFromStart),
      status: "not_started",
      progress: 0,
      position,
      milestones: goal.milestones.map((milestone, index) => ({
        title: milestone.title,
        dueDate: inMonths(milestone.monthsFromStart),
        position: index,
      })),
      actions: goal.actions.map((action) => ({ title: action.title, owner: action.owner, dueDate: inDays(action.daysFromStart) })),
    })),
    skills: template.skills.map((skill) => ({ ...skill })),
    learning: template.learning.map((item) => ({ ...item, status: "planned" })),
  };
}

/**
 * Reads a horizon answer as whole years from 1 to 10: months round up to years ("next 6 months"
 * is 1), a range takes its upper end ("1-2 years" is 2), "5+ years" is 5. Undefined when the
 * answer names no length of time.
 */
export function parseIntakeHorizon(answer: string | null | undefined): number | undefined {
  if (!answer) return undefined;
  const text = answer.toLowerCase();
  const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
  const upper = numbers.length > 0 ? Math.max(...numbers) : 1;
  if (/month/.test(text)) return clampYears(Math.ceil(upper / 12));
  if (/year|yr/.test(text)) return clampYears(Math.ceil(upper));
  return undefined;
}

function clampYears(years: number): number {
  return Math.min(10, Math.max(1, years));
}
