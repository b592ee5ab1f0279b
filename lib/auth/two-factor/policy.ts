// How strict the second factor is. Kept in one place so the pages, the guards and the tests agree.

/** Erase, exports and refunds ask for a code again when the last one is older than this (AMBIT_TWO_FACTOR_WINDOW_SECONDS). */
export const RECENT_VERIFICATION_MS = 10 * 60_000;
/** Wrong codes in a row before the account stops accepting codes for a while. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60_000;
export const RECOVERY_CODE_COUNT = 10;

export type SecondFactorState = { enabled: boolean; verifiedAt: Date | null };

/** A session of an account with two-factor on that has not passed it yet. */
export function needsSecondFactor(state: SecondFactorState): boolean {
  return state.enabled && state.verifiedAt === null;
}

/** Whether a sensitive action must ask for a code first (always false without two-factor). */
export function needsRecentSecondFactor(state: SecondFactorState, now: Date, windowMs = RECENT_VERIFICATION_MS): boolean {
  if (!state.enabled) return false;
  if (!state.verifiedAt) return true;
  const age = now.getTime() - state.verifiedAt.getTime();
  return age < 0 || age > windowMs;
}
