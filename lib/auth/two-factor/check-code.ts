import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { twoFactorCredentials, twoFactorRecoveryCodes, type TwoFactorCredential } from "@/db/schema";
import { AppError, InvalidInputError } from "@/lib/errors";
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from "./policy";
import { hashRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes";
import { decryptSecret } from "./secret-box";
import { matchTotpStep } from "./totp";

export type CodeCheck = {
  userId: string;
  code: string;
  authSecret: string;
  now: Date;
  /** Accept a recovery code as well as an authenticator code. */
  allowRecoveryCode: boolean;
  /** Setup checks the first code against the secret that is not enabled yet. */
  pending?: boolean;
};

function codeError(message: string): AppError {
  return new InvalidInputError({ code: [message] }, message);
}

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError("rate_limited", `Too many wrong codes. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { field: "code" });
}

/**
 * Checks a code for the account and spends it: an authenticator code is refused for its time step
 * afterwards, a recovery code is marked used. Wrong codes are counted; after MAX_FAILED_ATTEMPTS in
 * a row the account accepts no code until the lockout ends. Throws an AppError on the field `code`
 * (invalid_input, or rate_limited while locked out).
 */
export async function checkSecondFactorCode(db: Db, check: CodeCheck): Promise<"totp" | "recovery"> {
  const { userId, now } = check;
  const [row] = await db.select().from(twoFactorCredentials).where(eq(twoFactorCredentials.userId, userId));
  if (!row || (row.enabledAt === null) !== Boolean(check.pending)) {
    throw codeError(check.pending ? "Start the setup again: no authenticator is waiting to be confirmed." : "Two-factor authentication is not on for this account.");
  }
  if (row.lockedUntil && row.lockedUntil > now) throw lockedError(row.lockedUntil, now);

  const code = check.code.trim().replace(/\s/g, "");
  if (!code) throw codeError("Enter the code.");
  const method = await spendCode(db, row, code, check);
  if (method) {
    await db.update(twoFactorCredentials).set({ failedAttempts: 0, lockedUntil: null }).where(eq(twoFactorCredentials.userId, userId));
    return method;
  }
  throw await recordFailure(db, userId, now, check.allowRecoveryCode);
}

function readSecret(row: TwoFactorCredential, authSecret: string): string {
  try {
    return decryptSecret(row.secretEncrypted, authSecret);
  } catch (err) {
    throw new AppError("unavailable", "Your authenticator key cannot be read: AUTH_SECRET changed since two-factor was set up (the README says how to reset it).", { field: "code", cause: err });
  }
}

async function spendCode(db: Db, row: TwoFactorCredential, code: string, check: CodeCheck): Promise<"totp" | "recovery" | null> {
  const secret = readSecret(row, check.authSecret);
  const step = await matchTotpStep(secret, code, check.now, row.lastUsedStep);
  if (step !== null) {
    // Conditional, so two requests racing with the same code cannot both succeed.
    const spent = await db
      .update(twoFactorCredentials)
      .set({ lastUsedStep: step })
      .where(and(eq(twoFactorCredentials.userId, row.userId), or(isNull(twoFactorCredentials.lastUsedStep), lt(twoFactorCredentials.lastUsedStep, step))))
      .returning({ userId: twoFactorCredentials.userId });
    return spent.length ? "totp" : null;
  }
  if (!check.allowRecoveryCode || !looksLikeRecoveryCode(code)) return null;
  const used = await db
    .update(twoFactorRecoveryCodes)
    .set({ usedAt: check.now })
    .where(and(eq(twoFactorRecoveryCodes.userId, row.userId), eq(twoFactorRecoveryCodes.codeHash, hashRecoveryCode(code, check.authSecret)), isNull(twoFactorRecoveryCodes.usedAt)))
    .returning({ id: twoFactorRecoveryCodes.id });
  return used.length ? "recovery" : null;
}

async function recordFailure(db: Db, userId: string, now: Date, allowRecoveryCode: boolean): Promise<AppError> {
  const lockUntil = new Date(now.getTime() + LOCKOUT_MS);
  const t = twoFactorCredentials;
  const reachesLimit = sql`${t.failedAttempts} + 1 >= ${MAX_FAILED_ATTEMPTS}`;
  // One statement, so concurrent wrong codes are all counted.
  const [after] = await db
    .update(t)
    .set({
      failedAttempts: sql`case when ${reachesLimit} then 0 else ${t.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${reachesLimit} then ${lockUntil.toISOString()}::timestamptz else ${t.lockedUntil} end`,
    })
    .where(eq(t.userId, userId))
    .returning({ lockedUntil: t.lockedUntil });
  if (after?.lockedUntil && after.lockedUntil > now) return lockedError(after.lockedUntil, now);
  return codeError(allowRecoveryCode ? "That code is not right, or was already used. Enter the current code from your authenticator app, or an unused recovery code." : "That code is not right, or was already used. Enter the current code from your authenticator app.");
}
