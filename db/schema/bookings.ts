// Bookings sit between the coach's side (coaches, meeting types) and the contact's: in a file of
// their own, so neither of those schema files imports the other.
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { coaches, meetingTypes } from "./coaching";
import { contacts } from "./crm";

export const BOOKING_STATUSES = ["confirmed", "cancelled", "completed", "no_show"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

// Coaching sessions and discovery calls. The exclusion constraint that forbids two live
// overlapping bookings of one coach is in a custom migration (drizzle has no EXCLUDE).
export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id").notNull().references(() => coaches.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id").notNull().references(() => contacts.id, { onDelete: "cascade" }),
    meetingTypeId: uuid("meeting_type_id").notNull().references(() => meetingTypes.id, { onDelete: "restrict" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    inviteeTimezone: text("invitee_timezone").notNull(),
    // The name as the person who booked typed it: a booking's pages, emails and invite show this,
    // never the contact's stored name, so a booking reveals nothing its requester did not type.
    inviteeName: text("invitee_name").notNull(),
    status: text("status").$type<BookingStatus>().notNull().default("confirmed"),
    intakeAnswers: jsonb("intake_answers").$type<Record<string, string>>().notNull().default({}),
    manageTokenHash: text("manage_token_hash").unique(),
    rescheduledFromId: uuid("rescheduled_from_id").references((): AnyPgColumn => bookings.id, { onDelete: "set null" }),
    source: text("source"),
    purchaseId: uuid("purchase_id"),
    cancelReason: text("cancel_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    privateNotes: text("private_notes").notNull().default(""),
    sharedNotes: text("shared_notes").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("bookings_coach_starts_idx").on(t.coachId, t.startsAt),
    index("bookings_contact_id_idx").on(t.contactId),
    index("bookings_meeting_type_id_idx").on(t.meetingTypeId),
    index("bookings_rescheduled_from_id_idx").on(t.rescheduledFromId),
    index("bookings_purchase_id_idx").on(t.purchaseId),
    check("bookings_time_check", sql`${t.endsAt} > ${t.startsAt}`),
    check("bookings_status_check", sql`${t.status} in ('confirmed', 'cancelled', 'completed', 'no_show')`),
  ],
);

export type Booking = typeof bookings.$inferSelect;
