import crypto from "node:crypto";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { checkSecondFactorCode } from "@/lib/auth/two-factor/check-code";
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS, needsRecentSecondFactor, needsSecondFactor, RECENT_VERIFICATION_MS } from "@/lib/auth/two-factor/policy";
import { getSecondFactorState } from "@/lib/auth/two-factor/session-state";
import { cancelTwoFactorSetup, confirmTwoFactorSetup, disableTwoFactor, getTwoFactorSettings, regenerateRecoveryCodes, startTwoFactorSetup } from "@/lib/auth/two-factor/setup";
import { verifySecondFactor } from "@/lib/auth/two-factor/verify";
import { AppError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../support/db";

const AUTH_SECRET = "integration-test-auth-secret-0123456789abcdef";
const start = new Date("2027-03-28T00:30:00Z"); // the night clocks go forward in Europe
let t: TestDb;
let userId: string;
let secret: string;

/** A moment `steps` 30-second steps after the start (each accepted code needs a later step). */
const at = (steps: number, extraMs = 0) => new Date(start.getTime() + steps * 30_000 + extraMs);
const codeAt = (when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

async function newSession(): Promise<string> {
  const token = crypto.randomBytes(16).toString("hex");
  await t.db.insert(s.authSessions).values({ sessionToken: token, userId, expires: new Date(start.getTime() + 30 * 86_400_000) });
  return token;
}

async function codeErrorOf(work: Promise<unknown>): Promise<string> {
  const err = await work.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).allFieldErrors?.code?.[0] ?? "";
}

const credential = async () => (await t.db.select().from(s.twoFactorCredentials).where(eq(s.twoFactorCredentials.userId, userId)))[0];
const base = () => ({ userId, authSecret: AUTH_SECRET });

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: start });
  [{ id: userId }] = await t.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "coach@example.com"));
});
afterAll(async () => {
  await t?.close();
});

describe(`coach two-factor authentication (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  let setupSession: string;
  let recoveryCodes: string[];

  it("the demo coach starts without it, and no session is asked for a code", async () => {
    setupSession = await newSession();
    expect(await getTwoFactorSettings(t.db, base())).toEqual({ status: "off" });
    const state = await getSecondFactorState(t.db, { userId, sessionToken: setupSession });
    expect(state).toEqual({ enabled: false, verifiedAt: null });
    expect(needsSecondFactor(state)).toBe(false);
    expect(needsRecentSecondFactor(state, start)).toBe(false);
  });

  it("setup keeps the secret encrypted and stays off until a right code confirms it", async () => {
    await startTwoFactorSetup(t.db, base());
    const settings = await getTwoFactorSettings(t.db, base());
    expect(settings.status).toBe("pending");
    secret = settings.status === "pending" ? settings.secret : "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Reloading the page keeps the same secret (the QR code already scanned stays valid).
    await startTwoFactorSetup(t.db, base());
    expect(await getTwoFactorSettings(t.db, base())).toEqual({ status: "pending", secret });
    const row = await credential();
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.enabledAt).toBeNull();

    const wrong = (Number(await codeAt(at(0))) + 1) % 1_000_000;
    const message = await codeErrorOf(confirmTwoFactorSetup(t.db, { ...base(), code: String(wrong).padStart(6, "0"), now: at(0), sessionToken: setupSession }));
    expect(message).toMatch(/not right/);
    expect((await credential()).enabledAt).toBeNull();
    expect(await t.db.select().from(s.twoFactorRecoveryCodes)).toEqual([]);
    // A pending secret accepts no code as a sign-in code.
    expect(await codeErrorOf(checkSecondFactorCode(t.db, { ...base(), code: await codeAt(at(0)), now: at(0), allowRecoveryCode: true }))).toMatch(/not on/);
  });

  it("a right code turns it on, marks the setting-up session verified, and gives ten recovery codes stored only as hashes", async () => {
    recoveryCodes = await confirmTwoFactorSetup(t.db, { ...base(), code: await codeAt(at(0)), now: at(0), sessionToken: setupSession });
    expect(recoveryCodes).toHaveLength(10);
    expect(await getTwoFactorSettings(t.db, base())).toEqual({ status: "on", enabledAt: at(0), recoveryCodesLeft: 10 });
    const stored = await t.db.select().from(s.twoFactorRecoveryCodes).where(eq(s.twoFactorRecoveryCodes.userId, userId));
    expect(stored).toHaveLength(10);
    const storedText = JSON.stringify(stored);
    for (const code of recoveryCodes) expect(storedText).not.toContain(code.replace("-", ""));
    expect(await getSecondFactorState(t.db, { userId, sessionToken: setupSession })).toEqual({ enabled: true, verifiedAt: at(0) });
    await expect(startTwoFactorSetup(t.db, base())).rejects.toThrow(/already on/);
  });

  it("a new sign-in must pass it; the code it used is refused afterwards, in any session", async () => {
    const session = await newSession();
    expect(needsSecondFactor(await getSecondFactorState(t.db, { userId, sessionToken: session }))).toBe(true);
    // The setup code's step is spent.
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: session, code: await codeAt(at(0)), now: at(0, 10_000) }))).toMatch(/already used/);
    expect(needsSecondFactor(await getSecondFactorState(t.db, { userId, sessionToken: session }))).toBe(true);

    const code = await codeAt(at(1));
    expect(await verifySecondFactor(t.db, { ...base(), sessionToken: session, code, now: at(1) })).toBe("totp");
    const state = await getSecondFactorState(t.db, { userId, sessionToken: session });
    expect(state).toEqual({ enabled: true, verifiedAt: at(1) });
    expect(needsSecondFactor(state)).toBe(false);

    const other = await newSession();
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: other, code, now: at(1, 5_000) }))).toMatch(/already used/);
    // The previous step's code is within the drift window but older than the one used.
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: other, code: await codeAt(at(0)), now: at(1, 6_000) }))).toMatch(/already used/);
    expect((await getSecondFactorState(t.db, { userId, sessionToken: other })).verifiedAt).toBeNull();
    // Marking a session never touches another user's or another token's row.
    expect((await getSecondFactorState(t.db, { userId, sessionToken: null })).verifiedAt).toBeNull();
  });

  it("sensitive actions ask again once the last code is older than the window (time passed in)", async () => {
    const session = await newSession();
    await verifySecondFactor(t.db, { ...base(), sessionToken: session, code: await codeAt(at(2)), now: at(2) });
    const state = await getSecondFactorState(t.db, { userId, sessionToken: session });
    expect(needsRecentSecondFactor(state, at(2))).toBe(false);
    expect(needsRecentSecondFactor(state, new Date(at(2).getTime() + RECENT_VERIFICATION_MS))).toBe(false);
    const later = new Date(at(2).getTime() + RECENT_VERIFICATION_MS + 1_000);
    expect(needsRecentSecondFactor(state, later)).toBe(true);
    // Still signed in, though: only the sensitive actions ask.
    expect(needsSecondFactor(state)).toBe(false);
    // A fresh code renews the window.
    await verifySecondFactor(t.db, { ...base(), sessionToken: session, code: await codeAt(later), now: later });
    expect(needsRecentSecondFactor(await getSecondFactorState(t.db, { userId, sessionToken: session }), later)).toBe(false);
  });

  it("the same code sent twice at once is accepted once", async () => {
    const now = at(50);
    const code = await codeAt(now);
    const [a, b] = await Promise.allSettled([
      verifySecondFactor(t.db, { ...base(), sessionToken: await newSession(), code, now }),
      verifySecondFactor(t.db, { ...base(), sessionToken: await newSession(), code, now }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("a recovery code works once, in any case or spacing", async () => {
    const session = await newSession();
    const [first, second] = recoveryCodes;
    const now = at(100);
    expect(await verifySecondFactor(t.db, { ...base(), sessionToken: session, code: ` ${first.toUpperCase()} `, now })).toBe("recovery");
    expect((await getSecondFactorState(t.db, { userId, sessionToken: session })).verifiedAt).toEqual(now);
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: await newSession(), code: first, now }))).toMatch(/already used/);
    const [row] = await t.db.select().from(s.twoFactorRecoveryCodes).where(eq(s.twoFactorRecoveryCodes.usedAt, now));
    expect(row).toBeDefined();
    expect(await getTwoFactorSettings(t.db, base())).toMatchObject({ recoveryCodesLeft: 9 });
    // Regenerating needs an authenticator code, not a recovery code.
    expect(await codeErrorOf(regenerateRecoveryCodes(t.db, { ...base(), code: second, now }))).toMatch(/not right/);
  });

  it(`locks out after ${MAX_FAILED_ATTEMPTS} wrong codes in a row, refusing even the right one until the lockout ends`, async () => {
    const session = await newSession();
    // Earlier tests left wrong codes; a success starts the count again.
    expect((await credential()).failedAttempts).toBeGreaterThan(0);
    await verifySecondFactor(t.db, { ...base(), sessionToken: await newSession(), code: await codeAt(at(199)), now: at(199) });
    expect((await credential()).failedAttempts).toBe(0);
    const now = at(200);
    const right = await codeAt(now);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: session, code: wrong, now }))).toMatch(/not right/);
    }
    expect((await credential()).failedAttempts).toBe(MAX_FAILED_ATTEMPTS - 1);
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: session, code: "zzzzz-zzzzz", now }))).toMatch(/Try again in 15 minutes/);
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: session, code: right, now }))).toMatch(/Too many wrong codes/);
    await expect(verifySecondFactor(t.db, { ...base(), sessionToken: session, code: right, now })).rejects.toMatchObject({ code: "rate_limited" });
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: session, code: recoveryCodes[2], now: new Date(now.getTime() + LOCKOUT_MS - 60_000) }))).toMatch(/Try again in 1 minute\./);
    expect((await getSecondFactorState(t.db, { userId, sessionToken: session })).verifiedAt).toBeNull();
    // The locked-out attempts did not spend the recovery code.
    const after = new Date(now.getTime() + LOCKOUT_MS + 1_000);
    expect(await verifySecondFactor(t.db, { ...base(), sessionToken: session, code: recoveryCodes[2], now: after })).toBe("recovery");
    expect(await credential()).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it("new recovery codes replace the old ones", async () => {
    const now = at(300);
    const fresh = await regenerateRecoveryCodes(t.db, { ...base(), code: await codeAt(now), now });
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[3]);
    expect(await getTwoFactorSettings(t.db, base())).toMatchObject({ recoveryCodesLeft: 10 });
    expect(await codeErrorOf(verifySecondFactor(t.db, { ...base(), sessionToken: await newSession(), code: recoveryCodes[3], now }))).toMatch(/not right/);
    expect(await verifySecondFactor(t.db, { ...base(), sessionToken: await newSession(), code: fresh[0], now })).toBe("recovery");
    recoveryCodes = fresh.slice(1);
  });

  it("turning it off needs a code; a wrong one changes nothing", async () => {
    const now = at(400);
    expect(await codeErrorOf(disableTwoFactor(t.db, { ...base(), code: "000000", now }))).toMatch(/not right/);
    expect((await getTwoFactorSettings(t.db, base())).status).toBe("on");
    await disableTwoFactor(t.db, { ...base(), code: recoveryCodes[0], now });
    expect(await getTwoFactorSettings(t.db, base())).toEqual({ status: "off" });
    expect(await t.db.select().from(s.twoFactorRecoveryCodes)).toEqual([]);
    const state = await getSecondFactorState(t.db, { userId, sessionToken: await newSession() });
    expect(needsSecondFactor(state)).toBe(false);
    expect(needsRecentSecondFactor(state, now)).toBe(false);
  });

  it("a setup can be cancelled, and cancelling never removes an enabled second factor", async () => {
    await startTwoFactorSetup(t.db, base());
    await cancelTwoFactorSetup(t.db, { userId });
    expect(await getTwoFactorSettings(t.db, base())).toEqual({ status: "off" });

    await startTwoFactorSetup(t.db, base());
    const settings = await getTwoFactorSettings(t.db, base());
    secret = settings.status === "pending" ? settings.secret : "";
    await confirmTwoFactorSetup(t.db, { ...base(), code: await codeAt(at(500)), now: at(500), sessionToken: null });
    await cancelTwoFactorSetup(t.db, { userId });
    expect((await getTwoFactorSettings(t.db, base())).status).toBe("on");
  });

  it("a secret sealed with another AUTH_SECRET is not usable", async () => {
    expect(await codeErrorOf(checkSecondFactorCode(t.db, { userId, authSecret: `${AUTH_SECRET}-rotated`, code: await codeAt(at(600)), now: at(600), allowRecoveryCode: false }))).toMatch(/AUTH_SECRET changed/);
  });
});
