import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { coaches } from "./coaching";

export const CONTACT_STAGES = ["lead", "discovery_booked", "discovery_done", "proposal", "client", "alumni", "lost"] as const;
export type ContactStage = (typeof CONTACT_STAGES)[number];

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id").notNull().references(() => coaches.id, { onDelete: "cascade" }),
    userId: text("user_id").unique().references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    // Stored lower-cased; unique per coach.
    email: text("email").notNull(),
    phone: text("phone"),
    stage: text("stage").$type<ContactStage>().notNull().default("lead"),
    source: text("source"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    intake: jsonb("intake").$type<Record<string, string>>(),
    // When the coach first opened the contact: a seen lead is no longer "new".
    seenAt: timestamp("seen_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contacts_coach_email_key").on(t.coachId, t.email),
    index("contacts_coach_stage_idx").on(t.coachId, t.stage),
    index("contacts_coach_created_idx").on(t.coachId, t.createdAt),
    index("contacts_tags_idx").using("gin", t.tags),
    check("contacts_stage_check", sql`${t.stage} in ('lead', 'discovery_booked', 'discovery_done', 'proposal', 'client', 'alumni', 'lost')`),
    check("contacts_email_check", sql`${t.email} = lower(${t.email}) and position('@' in ${t.email}) > 1`),
  ],
);

export const notes = pgTable(
  "notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id").notNull().references(() => contacts.id, { onDelete: "cascade" }),
    authorUserId: text("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notes_contact_id_idx").on(t.contactId), index("notes_author_user_id_idx").on(t.authorUserId)],
);

export const ACTIVITY_KINDS = [
  "booked", "rescheduled", "cancelled", "completed", "no_show", "note_added", "stage_changed", "email_sent",
  "paid", "refunded", "contact_created", "converted", "plan_created", "action_done", "milestone_done",
  "achievement_added", "message", "credits_granted", "credits_returned", "outcome_undone", "contact_updated",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

// The contact's timeline.
export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id").notNull().references(() => contacts.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ActivityKind>().notNull(),
    summary: text("summary").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("activities_contact_created_idx").on(t.contactId, t.createdAt)],
);

export type Contact = typeof contacts.$inferSelect;
export type Activity = typeof activities.$inferSelect;
