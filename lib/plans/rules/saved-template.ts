// Plans saved by the coach as templates: the plan's structure with every date stored as days
// from the plan's start, so a new plan started from it keeps the same rhythm.
import { addDays, differenceInCalendarDays } from "date-fns";
import { z } from "zod";
import { parseIntakeHorizon, type InstantiateTemplateOptions } from "./instantiate-template";
import { formatIsoDate, parseIsoDate } from "./iso-date";
import { ACTION_OWNERS, GOAL_KINDS, LEARNING_KINDS, SKILL_KINDS, type ActionOwner, type GoalKind, type IsoDate, type LearningKind, type SkillKind } from "./types";

const days = z.number().int().min(-36500).max(36500).nullable();
const action = z.object({ title: z.string().min(1), owner: z.enum(ACTION_OWNERS), daysFromStart: days });

export const savedTemplateBodySchema = z.object({
  version: z.literal(1),
  horizonYears: z.number().int().min(1).max(10),
  vision: z.string(),
  goals: z.array(
    z.object({
      kind: z.enum(GOAL_KINDS),
      title: z.string().min(1),
      description: z.string().nullable(),
      daysFromStart: days,
      milestones: z.array(z.object({ title: z.string().min(1), daysFromStart: days })),
      actions: z.array(action),
    }),
  ),
  actions: z.array(action),
  skills: z.array(z.object({ name: z.string().min(1), kind: z.enum(SKILL_KINDS), currentLevel: z.number().int().min(1).max(5), targetLevel: z.number().int().min(1).max(5) })),
  learning: z.array(z.object({ kind: z.enum(LEARNING_KINDS), title: z.string().min(1), provider: z.string() })),
});
export type SavedTemplateBody = z.output<typeof savedTemplateBodySchema>;

/** A plan ready to insert: what built-in and saved templates both turn into. */
export type PlanDraft = {
  templateKey: string;
  startedOn: IsoDate;
  currentRole: string;
  targetRole: string;
  vision: string;
  horizonYears: number;
  status: "draft";
  goals: {
    kind: GoalKind;
    title: string;
    description: string | null;
    targetDate: IsoDate | null;
    status: "not_started";
    progress: number;
    position: number;
    milestones: { title: string; dueDate: IsoDate | null; position: number }[];
    actions: { title: string; owner: ActionOwner; dueDate: IsoDate | null }[];
  }[];
  /** Action items that belong to no goal. */
  looseActions?: { title: string; owner: ActionOwner; dueDate: IsoDate | null }[];
  skills: { name: string; kind: SkillKind; currentLevel: number; targetLevel: number }[];
  learning: { kind: LearningKind; title: string; provider: string; status: "planned" }[];
};

/** The plan's rows, in the shape `planToTemplateBody` reads (database rows fit). */
export type PlanStructure = {
  horizonYears: number;
  vision: string;
  goals: { id: string; kind: GoalKind; title: string; description: string | null; targetDate: IsoDate | null; position: number }[];
  milestones: { goalId: string; title: string; dueDate: IsoDate | null; position: number }[];
  actionItems: { goalId: string | null; title: string; owner: ActionOwner; dueDate: IsoDate | null }[];
  skills: { name: string; kind: SkillKind; currentLevel: number; targetLevel: number }[];
  learning: { kind: LearningKind; title: string; provider: string }[];
};

/** The plan's structure with dates made relative to `startDate`; progress and done marks are left behind. */
export function planToTemplateBody(plan: PlanStructure, startDate: IsoDate): SavedTemplateBody {
  const start = parseIsoDate(startDate);
  const rel = (date: IsoDate | null) => (date ? differenceInCalendarDays(parseIsoDate(date), start) : null);
  const byPosition = <T extends { position: number }>(list: readonly T[]) => [...list].sort((a, b) => a.position - b.position);
  const goalIds = new Set(plan.goals.map((goal) => goal.id));
  const toAction = (item: PlanStructure["actionItems"][number]) => ({ title: item.title, owner: item.owner, daysFromStart: rel(item.dueDate) });
  return {
    version: 1,
    horizonYears: plan.horizonYears,
    vision: plan.vision,
    goals: byPosition(plan.goals).map((goal) => ({
      kind: goal.kind,
      title: goal.title,
      description: goal.description,
      daysFromStart: rel(goal.targetDate),
      milestones: byPosition(plan.milestones.filter((m) => m.goalId === goal.id)).map((m) => ({ title: m.title, daysFromStart: rel(m.dueDate) })),
      actions: plan.actionItems.filter((item) => item.goalId === goal.id).map(toAction),
    })),
    actions: plan.actionItems.filter((item) => item.goalId == null || !goalIds.has(item.goalId)).map(toAction),
    skills: plan.skills.map(({ name, kind, currentLevel, targetLevel }) => ({ name, kind, currentLevel, targetLevel })),
    learning: plan.learning.map(({ kind, title, provider }) => ({ kind, title, provider })),
  };
}

/** A saved template turned into a dated plan starting on `options.startDate`. */
export function instantiateSavedTemplate(templateId: string, body: SavedTemplateBody, options: InstantiateTemplateOptions): PlanDraft {
  const start = parseIsoDate(options.startDate);
  const at = (offset: number | null) => (offset == null ? null : formatIsoDate(addDays(start, offset)));
  const toAction = (a: SavedTemplateBody["actions"][number]) => ({ title: a.title, owner: a.owner, dueDate: at(a.daysFromStart) });
  return {
    templateKey: templateId,
    startedOn: options.startDate,
    currentRole: options.currentRole?.trim() ?? "",
    targetRole: options.targetRole?.trim() ?? "",
    vision: options.intake?.goals?.trim() || body.vision,
    horizonYears: parseIntakeHorizon(options.intake?.horizon) ?? body.horizonYears,
    status: "draft",
    goals: body.goals.map((goal, position) => ({
      kind: goal.kind,
      title: goal.title,
      description: goal.description,
      targetDate: at(goal.daysFromStart),
      status: "not_started",
      progress: 0,
      position,
      milestones: goal.milestones.map((m, index) => ({ title: m.title, dueDate: at(m.daysFromStart), position: index })),
      actions: goal.actions.map(toAction),
    })),
    looseActions: body.actions.map(toAction),
    skills: body.skills.map((skill) => ({ ...skill })),
    learning: body.learning.map((item) => ({ ...item, status: "planned" })),
  };
}
