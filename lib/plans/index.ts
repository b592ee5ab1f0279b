export * from "./rules/types";
export { isIsoDate, parseIsoDate, formatIsoDate } from "./rules/iso-date";
export { goalProgress, type GoalForProgress, type MilestoneForProgress } from "./rules/goal-progress";
export { planProgress, groupMilestonesByGoal, type MilestonesByGoal } from "./rules/plan-progress";
export { isOverdue, overdueItems } from "./rules/is-overdue";
export { nextThingsToDo, compareNextThings, type NextThing, type ActionForNext, type MilestoneForNext } from "./rules/next-things-to-do";
export { reorder, type ReorderMove } from "./rules/reorder";
export { skillGaps, type SkillForGap } from "./rules/skill-gaps";
export {
  roadmapLayout,
  roadmapEnd,
  type RoadmapInput,
  type RoadmapItem,
  type RoadmapGoal,
  type RoadmapMilestone,
} from "./rules/roadmap-layout";
export * from "./rules/validation";
export { BUILT_IN_TEMPLATES, findTemplate, type PlanTemplate } from "./rules/templates";
export {
  instantiateTemplate,
  parseIntakeHorizon,
  type InstantiateTemplateOptions,
  type InstantiatedPlan,
  type PlanIntake,
} from "./rules/instantiate-template";
