import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { twoFactorCredentials, twoFactorRecoveryCodes } from "@/db/schema";
import { InvalidInputError } from "@/lib/errors";
import { checkSecondFactorCode } from "./check-code";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { decryptSecret, encryptSecret } from "./secret-box";
import { markSessionVerified } from "./session-state";
import { newTotpSecret } from "./totp";

export type TwoFactorSettings =
  | { status: "off" }
  /** Waiting for the first code from the authenticator app; the secret is shown to be scanned. */
  | { status: "pending"; secret: string }
  | { status: "on"; enabledAt: Date; recoveryCodesLeft: number };

type Account = { userId: string; authSecret: string };
type WithCode = Account & { code: string; now: Date };

export async function getTwoFactorSettings(db: Db, { userId, authSecret }: Account): Promise<TwoFactorSettings> {
  const [row] = await db.select().from(twoFactorCredentials).where(eq(twoFactorCredentials.userId, userId));
  if (!row) return { status: "off" };
  if (!row.enabledAt) return { status: "pending", secret: decryptSecret(row.secretEncrypted, authSecret) };
  const codes = await db
    .select({ id: twoFactorRecoveryCodes.id })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), isNull(twoFactorRecoveryCodes.usedAt)));
  return { status: "on", enabledAt: row.enabledAt, recoveryCodesLeft: codes.length };
}

/** Creates the secret to scan (kept while setup is pending, so reloading shows the same QR code). */
export async function startTwoFactorSetup(db: Db, { userId, authSecret }: Account): Promise<void> {
  const [existing] = await db.select({ enabledAt: twoFactorCredentials.enabledAt }).from(twoFactorCredentials).where(eq(twoFactorCredentials.userId, userId));
  if (existing?.enabledAt) throw new InvalidInputError({}, "Two-factor authentication is already on.");
  if (existing) return;
  await db.insert(twoFactorCredentials).values({ userId, secretEncrypted: encryptSecret(newTotpSecret(), authSecret) }).onConflictDoNothing();
}

export async function cancelTwoFactorSetup(db: Db, { userId }: { userId: string }): Promise<void> {
  await db.delete(twoFactorCredentials).where(and(eq(twoFactorCredentials.userId, userId), isNull(twoFactorCredentials.enabledAt)));
}

async function replaceRecoveryCodes(db: Db | Tx, { userId, authSecret }: Account): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
  await db.insert(twoFactorRecoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code, authSecret) })));
  return codes;
}

/**
 * Turns two-factor on once the first code from the app matches. The session that set it up counts
 * as verified. Returns the recovery codes: the only time they exist in plain text.
 */
export async function confirmTwoFactorSetup(db: Db, opts: WithCode & { sessionToken: string | null }): Promise<string[]> {
  await checkSecondFactorCode(db, { ...opts, allowRecoveryCode: false, pending: true });
  return db.transaction(async (tx) => {
    const enabled = await tx
      .update(twoFactorCredentials)
      .set({ enabledAt: opts.now })
      .where(and(eq(twoFactorCredentials.userId, opts.userId), isNull(twoFactorCredentials.enabledAt)))
      .returning({ userId: twoFactorCredentials.userId });
    if (!enabled.length) throw new InvalidInputError({}, "Two-factor authentication is already on.");
    const codes = await replaceRecoveryCodes(tx, opts);
    if (opts.sessionToken) await markSessionVerified(tx, { userId: opts.userId, sessionToken: opts.sessionToken, now: opts.now });
    return codes;
  });
}

/** New recovery codes for an authenticator code; the old ones stop working. */
export async function regenerateRecoveryCodes(db: Db, opts: WithCode): Promise<string[]> {
  await checkSecondFactorCode(db, { ...opts, allowRecoveryCode: false });
  return db.transaction((tx) => replaceRecoveryCodes(tx, opts));
}

/** Turns two-factor off for an authenticator or recovery code (the account is back to magic link alone). */
export async function disableTwoFactor(db: Db, opts: WithCode): Promise<void> {
  await checkSecondFactorCode(db, { ...opts, allowRecoveryCode: true });
  await db.transaction(async (tx) => {
    await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, opts.userId));
    await tx.delete(twoFactorCredentials).where(and(eq(twoFactorCredentials.userId, opts.userId), isNotNull(twoFactorCredentials.enabledAt)));
  });
}
