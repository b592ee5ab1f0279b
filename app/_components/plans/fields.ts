// The fields of each plan form, shared by the coach editor and the portal. Names match the zod
// schemas in lib/plans/rules/validation.ts; defaults come from the row being edited.
import { ACTION_OWNERS, GOAL_KINDS, GOAL_STATUSES, JOB_APPLICATION_STAGES, LEARNING_KINDS, LEARNING_STATUSES, PLAN_STATUSES, SKILL_KINDS } from "@/lib/plans/rules/types";
import { label } from "./label";
import type { FieldSpec } from "@/app/_components/forms/action-form";

type Option = { value: string; label: string };
const options = (values: readonly string[]): Option[] => values.map((value) => ({ value, label: label(value) }));
const str = (value: string | number | null | undefined) => (value == null ? "" : String(value));
const LEVELS = options(["1", "2", "3", "4", "5"]);

export type GoalOption = { id: string; title: string };
const goalOptions = (goals: GoalOption[], none = "No goal"): Option[] => [{ value: "", label: none }, ...goals.map((g) => ({ value: g.id, label: g.title }))];

export function planHeaderFields(p: { currentRole: string; targetRole: string; vision: string; horizonYears: number; status: string }): FieldSpec[] {
  return [
    { name: "currentRole", label: "Current role", kind: "text", defaultValue: p.currentRole },
    { name: "targetRole", label: "Target role", kind: "text", defaultValue: p.targetRole },
    { name: "vision", label: "Long-term vision", kind: "textarea", defaultValue: p.vision },
    { name: "horizonYears", label: "Horizon (years)", kind: "number", min: 1, max: 10, defaultValue: str(p.horizonYears), hint: "How far ahead the roadmap looks, 1 to 10 years." },
    { name: "status", label: "Status", kind: "select", options: options(PLAN_STATUSES), defaultValue: p.status },
  ];
}

export function goalFields(g?: { kind: string; title: string; description: string | null; targetDate: string | null; status: string; progress: number }): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", defaultValue: g?.title, required: true },
    { name: "kind", label: "Goal type", kind: "select", options: options(GOAL_KINDS), defaultValue: g?.kind ?? "short_term" },
    { name: "description", label: "Description", kind: "textarea", defaultValue: str(g?.description) },
    { name: "targetDate", label: "Target date", kind: "date", defaultValue: str(g?.targetDate) },
    { name: "status", label: "Status", kind: "select", options: options(GOAL_STATUSES), defaultValue: g?.status ?? "not_started" },
    { name: "progress", label: "Progress (%)", kind: "number", min: 0, max: 100, defaultValue: str(g?.progress ?? 0), hint: "Used only while the goal has no milestones; otherwise counted from them." },
  ];
}

export function milestoneFields(goalId: string, m?: { title: string; dueDate: string | null; doneAt: Date | null }): FieldSpec[] {
  return [
    { name: "goalId", label: "Goal", kind: "hidden", defaultValue: goalId },
    { name: "title", label: "Milestone", kind: "text", defaultValue: m?.title, required: true },
    { name: "dueDate", label: "Due date", kind: "date", defaultValue: str(m?.dueDate) },
    { name: "done", label: "Reached", kind: "checkbox", defaultChecked: Boolean(m?.doneAt) },
  ];
}

export function actionItemFields(
  goals: GoalOption[],
  sessions: Option[],
  a?: { title: string; owner: string; goalId: string | null; dueDate: string | null; bookingId: string | null; doneAt: Date | null },
  fixedGoalId?: string,
): FieldSpec[] {
  return [
    { name: "title", label: "Action", kind: "text", defaultValue: a?.title, required: true, wide: true },
    { name: "owner", label: "Owner", kind: "select", options: ACTION_OWNERS.map((o) => ({ value: o, label: o === "client" ? "Client" : "Coach" })), defaultValue: a?.owner ?? "client" },
    { name: "dueDate", label: "Due date", kind: "date", defaultValue: str(a?.dueDate) },
    fixedGoalId !== undefined
      ? { name: "goalId", label: "Goal", kind: "hidden", defaultValue: fixedGoalId }
      : { name: "goalId", label: "Goal", kind: "select", options: goalOptions(goals), defaultValue: str(a?.goalId) },
    { name: "bookingId", label: "From session", kind: "select", options: [{ value: "", label: "No session" }, ...sessions], defaultValue: str(a?.bookingId) },
    { name: "done", label: "Done", kind: "checkbox", defaultChecked: Boolean(a?.doneAt) },
  ];
}

export function skillFields(k?: { name: string; kind: string; currentLevel: number; targetLevel: number }): FieldSpec[] {
  return [
    { name: "name", label: "Skill", kind: "text", defaultValue: k?.name, required: true },
    { name: "kind", label: "Skill type", kind: "select", options: options(SKILL_KINDS), defaultValue: k?.kind ?? "technical" },
    { name: "currentLevel", label: "Current level", kind: "select", options: LEVELS, defaultValue: str(k?.currentLevel ?? 1) },
    { name: "targetLevel", label: "Target level", kind: "select", options: LEVELS, defaultValue: str(k?.targetLevel ?? 3) },
  ];
}

export function learningFields(l?: { kind: string; title: string; provider: string; status: string; startDate: string | null; endDate: string | null; costCents: number | null }): FieldSpec[] {
  return [
    { name: "title", label: "Title", kind: "text", defaultValue: l?.title, required: true },
    { name: "kind", label: "Learning type", kind: "select", options: options(LEARNING_KINDS), defaultValue: l?.kind ?? "course" },
    { name: "provider", label: "Provider", kind: "text", defaultValue: l?.provider },
    { name: "status", label: "Status", kind: "select", options: options(LEARNING_STATUSES), defaultValue: l?.status ?? "planned" },
    { name: "startDate", label: "Start date", kind: "date", defaultValue: str(l?.startDate) },
    { name: "endDate", label: "End date", kind: "date", defaultValue: str(l?.endDate) },
    { name: "costCents", label: "Cost (in pence)", kind: "number", min: 0, defaultValue: str(l?.costCents), hint: "Whole pence, e.g. 29000 for £290. Leave blank if free or unknown." },
  ];
}

export function achievementFields(today: string): FieldSpec[] {
  return [
    { name: "title", label: "Achievement", kind: "text", required: true, hint: "A promotion, a certification passed, a project shipped…" },
    { name: "achievedOn", label: "Date", kind: "date", defaultValue: today, required: true },
    { name: "description", label: "What happened", kind: "textarea" },
  ];
}

export function jobApplicationFields(
  goals: GoalOption[],
  a?: { company: string; role: string; url: string | null; stage: string; appliedOn: string | null; nextStep: string | null; nextStepDate: string | null; goalId: string | null },
): FieldSpec[] {
  return [
    { name: "company", label: "Company", kind: "text", defaultValue: a?.company, required: true },
    { name: "role", label: "Role", kind: "text", defaultValue: a?.role, required: true },
    { name: "url", label: "Link to the job", kind: "url", defaultValue: str(a?.url) },
    { name: "stage", label: "Stage", kind: "select", options: options(JOB_APPLICATION_STAGES), defaultValue: a?.stage ?? "interested" },
    { name: "appliedOn", label: "Applied on", kind: "date", defaultValue: str(a?.appliedOn) },
    { name: "goalId", label: "Goal", kind: "select", options: goalOptions(goals), defaultValue: str(a?.goalId) },
    { name: "nextStep", label: "Next step", kind: "text", defaultValue: str(a?.nextStep) },
    { name: "nextStepDate", label: "Next step date", kind: "date", defaultValue: str(a?.nextStepDate) },
  ];
}

export function interviewFields(): FieldSpec[] {
  return [
    { name: "scheduledOn", label: "Date", kind: "date", required: true },
    { name: "kind", label: "Kind", kind: "text", defaultValue: "interview", hint: "e.g. phone screen, interview, final round" },
    { name: "notes", label: "Notes", kind: "textarea" },
  ];
}

export function networkingFields(goals: GoalOption[], n?: { name: string; whereMet: string | null; followUpOn: string | null; notes: string | null; goalId: string | null }): FieldSpec[] {
  return [
    { name: "name", label: "Name", kind: "text", defaultValue: n?.name, required: true },
    { name: "whereMet", label: "Where you met", kind: "text", defaultValue: str(n?.whereMet) },
    { name: "followUpOn", label: "Follow up on", kind: "date", defaultValue: str(n?.followUpOn) },
    { name: "goalId", label: "Goal", kind: "select", options: goalOptions(goals), defaultValue: str(n?.goalId) },
    { name: "notes", label: "Notes", kind: "textarea", defaultValue: str(n?.notes) },
  ];
}
