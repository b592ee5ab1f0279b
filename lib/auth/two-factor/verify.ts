import type { Db } from "@/db/client";
import { checkSecondFactorCode } from "./check-code";
import { markSessionVerified } from "./session-state";

/**
 * The second step of signing in (and the fresh check before sensitive actions): an authenticator
 * or recovery code, spent, and the sign-in session marked as verified at `now`.
 */
export async function verifySecondFactor(
  db: Db,
  opts: { userId: string; sessionToken: string; code: string; authSecret: string; now: Date },
): Promise<"totp" | "recovery"> {
  const method = await checkSecondFactorCode(db, { ...opts, allowRecoveryCode: true });
  await markSessionVerified(db, opts);
  return method;
}
