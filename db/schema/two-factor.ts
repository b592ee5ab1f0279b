import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";

// A user's TOTP second factor. The secret is encrypted (AES-GCM, key derived from AUTH_SECRET);
// `enabled_at` is null while the authenticator app is being set up and the first code is awaited.
export const twoFactorCredentials = pgTable(
  "two_factor_credentials",
  {
    userId: text("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
    secretEncrypted: text("secret_encrypted").notNull(),
    enabledAt: timestamp("enabled_at", { withTimezone: true }),
    // The last time step a code was accepted for: a code is never accepted twice.
    lastUsedStep: bigint("last_used_step", { mode: "number" }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("two_factor_failed_attempts_check", sql`${t.failedAttempts} >= 0`)],
);

// One-time recovery codes, stored as hashes; each is spent when used.
export const twoFactorRecoveryCodes = pgTable(
  "two_factor_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The unique key leads with user_id, so it also indexes the foreign key.
  (t) => [unique("two_factor_recovery_codes_user_hash_key").on(t.userId, t.codeHash)],
);

export type TwoFactorCredential = typeof twoFactorCredentials.$inferSelect;
