export * from "./types";
export { isIsoDate, parseIsoDate, formatIsoDate } from "./isoDate";
export { goalProgress, type GoalForProgress, type MilestoneForProgress } from "./goalProgress";
export { planProgress, groupMilestonesByGoal, type MilestonesByGoal } from "./planProgress";
export { isOverdue, overdueItems } from "./isOverdue";
export { nextThingsToDo, compareNextThings, type NextThing, type ActionForNext, type MilestoneForNext } from "./nextThingsToDo";
export { reorder, type ReorderMove } from "./reorder";
export { skillGaps, type SkillForGap } from "./skillGaps";
export {
  roadmapLayout,
  roadmapEnd,
  type RoadmapInput,
  type RoadmapItem,
  type RoadmapGoal,
  type RoadmapMilestone,
} from "./roadmapLayout";
export * from "./validation";
export { BUILT_IN_TEMPLATES, findTemplate, type PlanTemplate } from "./templates";
export {
  instantiateTemplate,
  parseIntakeHorizon,
  type InstantiateTemplateOptions,
  type InstantiatedPlan,
  type PlanIntake,
} from "./instantiateTemplate";
