// Structural shapes of career-plan rows. Database rows (and plain objects built in tests or
// from templates) fit these without conversion: only the fields the logic reads are required.

/** A calendar date as `YYYY-MM-DD`, with no time and no time zone. */
export type IsoDate = string;

export type GoalKind = "short_term" | "long_term";
export type GoalStatus = "not_started" | "in_progress" | "done" | "dropped";
export type ActionOwner = "client" | "coach";
export type SkillKind = "soft" | "technical";
export type LearningKind = "degree" | "course" | "certification" | "mentorship";
export type LearningStatus = "planned" | "in_progress" | "done";
export type PlanStatus = "draft" | "active" | "paused" | "completed";
export type JobApplicationStage = "interested" | "applied" | "interviewing" | "offer" | "rejected";

export const GOAL_KINDS = ["short_term", "long_term"] as const satisfies readonly GoalKind[];
export const GOAL_STATUSES = ["not_started", "in_progress", "done", "dropped"] as const satisfies readonly GoalStatus[];
export const ACTION_OWNERS = ["client", "coach"] as const satisfies readonly ActionOwner[];
export const SKILL_KINDS = ["soft", "technical"] as const satisfies readonly SkillKind[];
export const LEARNING_KINDS = ["degree", "course", "certification", "mentorship"] as const satisfies readonly LearningKind[];
export const LEARNING_STATUSES = ["planned", "in_progress", "done"] as const satisfies readonly LearningStatus[];
export const PLAN_STATUSES = ["draft", "active", "paused", "completed"] as const satisfies readonly PlanStatus[];
export const JOB_APPLICATION_STAGES = [
  "interested",
  "applied",
  "interviewing",
  "offer",
  "rejected",
] as const satisfies readonly JobApplicationStage[];

export type Goal = {
  id: string;
  kind: GoalKind;
  title: string;
  description?: string | null;
  targetDate: IsoDate | null;
  status: GoalStatus;
  /** Manual progress, 0-100; used only while the goal has no milestones. */
  progress: number;
  position: number;
};

export type Milestone = {
  id: string;
  goalId: string;
  title: string;
  dueDate: IsoDate | null;
  doneAt: Date | null;
  position: number;
};

export type ActionItem = {
  id: string;
  goalId: string | null;
  title: string;
  owner: ActionOwner;
  dueDate: IsoDate | null;
  doneAt: Date | null;
  bookingId?: string | null;
};

export type Skill = {
  id: string;
  name: string;
  kind: SkillKind;
  /** 1-5 */
  currentLevel: number;
  /** 1-5 */
  targetLevel: number;
};

export type Learning = {
  id: string;
  kind: LearningKind;
  title: string;
  provider: string | null;
  status: LearningStatus;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  costCents: number | null;
};

/** Anything with a due date that can be ticked off: action items and milestones. */
export type DueItem = { dueDate: IsoDate | null; doneAt: Date | null };
