import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

export type TimeRange = { start: string; end: string };
export type IntakeQuestion = { id: string; label: string; kind: "text" | "textarea" | "select"; options?: string[]; required: boolean };

export const coaches = pgTable(
  "coaches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").notNull().unique().references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    displayName: text("display_name").notNull(),
    headline: text("headline").notNull().default(""),
    bio: text("bio").notNull().default(""),
    photoUrl: text("photo_url"),
    timezone: text("timezone").notNull().default("Europe/London"),
    minNoticeMinutes: integer("min_notice_minutes").notNull().default(240),
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(15),
    windowDays: integer("window_days").notNull().default(60),
    dailyCap: integer("daily_cap"),
    slotIntervalMinutes: integer("slot_interval_minutes").notNull().default(30),
    calendarTokenHash: text("calendar_token_hash").unique(),
    // "Mark all seen" on the dashboard: leads created before this are no longer new.
    leadsSeenAt: timestamp("leads_seen_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("coaches_notice_check", sql`${t.minNoticeMinutes} between 0 and 43200`),
    check("coaches_buffers_check", sql`${t.bufferBeforeMinutes} between 0 and 240 and ${t.bufferAfterMinutes} between 0 and 240`),
    check("coaches_window_check", sql`${t.windowDays} between 1 and 365`),
    check("coaches_cap_check", sql`${t.dailyCap} is null or ${t.dailyCap} between 1 and 50`),
    check("coaches_interval_check", sql`${t.slotIntervalMinutes} between 5 and 240`),
  ],
);

export const MEETING_KINDS = ["discovery", "coaching", "other"] as const;

export const meetingTypes = pgTable(
  "meeting_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id").notNull().references(() => coaches.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind").$type<(typeof MEETING_KINDS)[number]>().notNull().default("other"),
    durationMinutes: integer("duration_minutes").notNull(),
    priceCents: integer("price_cents").notNull().default(0),
    currency: text("currency").notNull().default("gbp"),
    // public: anyone can book from the site; clients: only signed-in clients, with a package credit.
    visibility: text("visibility").$type<"public" | "clients">().notNull().default("public"),
    intakeQuestions: jsonb("intake_questions").$type<IntakeQuestion[]>().notNull().default([]),
    active: boolean("active").notNull().default(true),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    unique("meeting_types_coach_slug_key").on(t.coachId, t.slug),
    check("meeting_types_kind_check", sql`${t.kind} in ('discovery', 'coaching', 'other')`),
    check("meeting_types_duration_check", sql`${t.durationMinutes} between 5 and 480`),
    check("meeting_types_price_check", sql`${t.priceCents} >= 0`),
    check("meeting_types_visibility_check", sql`${t.visibility} in ('public', 'clients')`),
    check("meeting_types_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const availabilityRules = pgTable(
  "availability_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id").notNull().references(() => coaches.id, { onDelete: "cascade" }),
    weekday: integer("weekday").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
  },
  (t) => [
    index("availability_rules_coach_id_idx").on(t.coachId),
    check("availability_rules_weekday_check", sql`${t.weekday} between 0 and 6`),
    check("availability_rules_time_check", sql`${t.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and ${t.endTime} ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' and ${t.endTime} > ${t.startTime}`),
  ],
);

export const availabilityOverrides = pgTable(
  "availability_overrides",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id").notNull().references(() => coaches.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    // [] means a day off; otherwise these hours replace the weekly hours on that date.
    ranges: jsonb("ranges").$type<TimeRange[]>().notNull().default([]),
    note: text("note"),
  },
  (t) => [unique("availability_overrides_coach_date_key").on(t.coachId, t.date)],
);

export type Coach = typeof coaches.$inferSelect;
export type MeetingType = typeof meetingTypes.$inferSelect;
