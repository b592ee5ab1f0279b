import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { coaches, meetingTypes } from "./coaching";
import { contacts } from "./crm";

export const packages = pgTable(
  "packages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id").notNull().references(() => coaches.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    features: text("features").array().notNull().default(sql`'{}'::text[]`),
    sessionCount: integer("session_count").notNull(),
    meetingTypeId: uuid("meeting_type_id").notNull().references(() => meetingTypes.id, { onDelete: "restrict" }),
    priceCents: integer("price_cents").notNull(),
    currency: text("currency").notNull().default("gbp"),
    active: boolean("active").notNull().default(true),
    // Credits bought from this package expire this many days after the purchase (null: never).
    creditValidityDays: integer("credit_validity_days"),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("packages_coach_id_idx").on(t.coachId),
    index("packages_meeting_type_id_idx").on(t.meetingTypeId),
    check("packages_sessions_check", sql`${t.sessionCount} between 1 and 100`),
    check("packages_price_check", sql`${t.priceCents} >= 0`),
    check("packages_validity_check", sql`${t.creditValidityDays} is null or ${t.creditValidityDays} between 1 and 3650`),
  ],
);

export const PURCHASE_METHODS = ["stripe", "offline", "grant"] as const;
export type PurchaseMethod = (typeof PURCHASE_METHODS)[number];

// A bought package: the credits a client spends on coaching sessions.
export const purchases = pgTable(
  "purchases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id").notNull().references(() => contacts.id, { onDelete: "cascade" }),
    packageId: uuid("package_id").notNull().references(() => packages.id, { onDelete: "restrict" }),
    stripeCheckoutSessionId: text("stripe_checkout_session_id").unique(),
    stripePaymentIntentId: text("stripe_payment_intent_id").unique(),
    amountCents: integer("amount_cents").notNull(),
    refundedCents: integer("refunded_cents").notNull().default(0),
    currency: text("currency").notNull(),
    sessionsTotal: integer("sessions_total").notNull(),
    sessionsRemaining: integer("sessions_remaining").notNull(),
    status: text("status").$type<"paid" | "partially_refunded" | "refunded">().notNull().default("paid"),
    // stripe: bought through Checkout; offline: a payment the coach recorded; grant: credits given free.
    method: text("method").$type<PurchaseMethod>().notNull().default("stripe"),
    // Credits left after this moment cannot be spent (null: they never expire).
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("purchases_contact_id_idx").on(t.contactId),
    index("purchases_package_id_idx").on(t.packageId),
    check("purchases_remaining_check", sql`${t.sessionsRemaining} between 0 and ${t.sessionsTotal}`),
    check("purchases_amount_check", sql`${t.amountCents} >= 0 and ${t.refundedCents} between 0 and ${t.amountCents}`),
    check("purchases_status_check", sql`${t.status} in ('paid', 'partially_refunded', 'refunded')`),
    check("purchases_method_check", sql`${t.method} in ('stripe', 'offline', 'grant')`),
  ],
);

// Every verified Stripe event id, handled type or not, so a replay is recognised.
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Package = typeof packages.$inferSelect;
export type Purchase = typeof purchases.$inferSelect;
