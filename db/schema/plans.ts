import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bookings } from "./bookings";
import { coaches } from "./coaching";
import { contacts } from "./crm";

export const careerPlans = pgTable(
  "career_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id").notNull().unique().references(() => contacts.id, { onDelete: "cascade" }),
    currentRole: text("current_role").notNull().default(""),
    targetRole: text("target_role").notNull().default(""),
    vision: text("vision").notNull().default(""),
    horizonYears: integer("horizon_years").notNull().default(3),
    status: text("status").$type<"draft" | "active" | "paused" | "completed">().notNull().default("draft"),
    templateKey: text("template_key"),
    startedOn: date("started_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("career_plans_status_check", sql`${t.status} in ('draft', 'active', 'paused', 'completed')`),
    check("career_plans_horizon_check", sql`${t.horizonYears} between 1 and 10`),
  ],
);

export const goals = pgTable(
  "goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull().references(() => careerPlans.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"short_term" | "long_term">().notNull(),
    title: text("title").notNull(),
    description: text("description"),
    targetDate: date("target_date"),
    status: text("status").$type<"not_started" | "in_progress" | "done" | "dropped">().notNull().default("not_started"),
    progress: integer("progress").notNull().default(0),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("goals_plan_id_idx").on(t.planId),
    check("goals_kind_check", sql`${t.kind} in ('short_term', 'long_term')`),
    check("goals_status_check", sql`${t.status} in ('not_started', 'in_progress', 'done', 'dropped')`),
    check("goals_progress_check", sql`${t.progress} between 0 and 100`),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goalId: uuid("goal_id").notNull().references(() => goals.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueDate: date("due_date"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("milestones_goal_id_idx").on(t.goalId)],
);

export const actionItems = pgTable(
  "action_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull().references(() => careerPlans.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id").references(() => goals.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    owner: text("owner").$type<"client" | "coach">().notNull().default("client"),
    dueDate: date("due_date"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    bookingId: uuid("booking_id").references(() => bookings.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("action_items_plan_id_idx").on(t.planId),
    index("action_items_goal_id_idx").on(t.goalId),
    index("action_items_booking_id_idx").on(t.bookingId),
    check("action_items_owner_check", sql`${t.owner} in ('client', 'coach')`),
  ],
);

export const skills = pgTable(
  "skills",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull().references(() => careerPlans.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").$type<"soft" | "technical">().notNull(),
    currentLevel: integer("current_level").notNull(),
    targetLevel: integer("target_level").notNull(),
  },
  (t) => [
    index("skills_plan_id_idx").on(t.planId),
    check("skills_kind_check", sql`${t.kind} in ('soft', 'technical')`),
    check("skills_level_check", sql`${t.currentLevel} between 1 and 5 and ${t.targetLevel} between 1 and 5`),
  ],
);

export const learningItems = pgTable(
  "learning_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull().references(() => careerPlans.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"degree" | "course" | "certification" | "mentorship">().notNull(),
    title: text("title").notNull(),
    provider: text("provider").notNull().default(""),
    status: text("status").$type<"planned" | "in_progress" | "done">().notNull().default("planned"),
    startDate: date("start_date"),
    endDate: date("end_date"),
    costCents: integer("cost_cents"),
  },
  (t) => [
    index("learning_items_plan_id_idx").on(t.planId),
    check("learning_items_kind_check", sql`${t.kind} in ('degree', 'course', 'certification', 'mentorship')`),
    check("learning_items_status_check", sql`${t.status} in ('planned', 'in_progress', 'done')`),
    check("learning_items_cost_check", sql`${t.costCents} is null or ${t.costCents} >= 0`),
  ],
);

export const achievements = pgTable(
  "achievements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull().references(() => careerPlans.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description"),
    achievedOn: date("achieved_on").notNull(),
    addedBy: text("added_by").$type<"client" | "coach">().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("achievements_plan_id_idx").on(t.planId), check("achievements_added_by_check", sql`${t.addedBy} in ('client', 'coach')`)],
);

export const jobApplications = pgTable(
  "job_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull().references(() => careerPlans.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id").references(() => goals.id, { onDelete: "set null" }),
    company: text("company").notNull(),
    role: text("role").notNull(),
    url: text("url"),
    stage: text("stage").$type<"interested" | "applied" | "interviewing" | "offer" | "rejected">().notNull().default("interested"),
    appliedOn: date("applied_on"),
    nextStep: text("next_step"),
    nextStepDate: date("next_step_date"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("job_applications_plan_id_idx").on(t.planId),
    index("job_applications_goal_id_idx").on(t.goalId),
    check("job_applications_stage_check", sql`${t.stage} in ('interested', 'applied', 'interviewing', 'offer', 'rejected')`),
  ],
);

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull().references(() => jobApplications.id, { onDelete: "cascade" }),
    scheduledOn: date("scheduled_on").notNull(),
    kind: text("kind").notNull().default("interview"),
    notes: text("notes"),
  },
  (t) => [index("interviews_application_id_idx").on(t.applicationId)],
);

export const networkingContacts = pgTable(
  "networking_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id").notNull().references(() => careerPlans.id, { onDelete: "cascade" }),
    goalId: uuid("goal_id").references(() => goals.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    whereMet: text("where_met"),
    followUpOn: date("follow_up_on"),
    notes: text("notes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("networking_contacts_plan_id_idx").on(t.planId), index("networking_contacts_goal_id_idx").on(t.goalId)],
);

// Plans saved by the coach as reusable templates (built-in ones live in lib/plans/rules/templates.ts).
export const planTemplates = pgTable(
  "plan_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id").notNull().references(() => coaches.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    body: jsonb("body").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_templates_coach_id_idx").on(t.coachId)],
);

export type CareerPlan = typeof careerPlans.$inferSelect;
export type Goal = typeof goals.$inferSelect;
