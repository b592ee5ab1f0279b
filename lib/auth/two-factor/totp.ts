import { generateSecret, generateURI, verify } from "otplib";

// RFC 6238 codes as authenticator apps make them: SHA-1, 6 digits, 30-second steps.
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = "Ambit";

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountEmail: string): string {
  return generateURI({ issuer: ISSUER, label: accountEmail, secret });
}

export function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/**
 * The time step a code belongs to, or null. One step either side of `now` is accepted for clock
 * drift; a step at or before `afterStep` (the last one used) is refused, so a code works once.
 */
export async function matchTotpStep(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | null> {
  if (!looksLikeTotpCode(code)) return null;
  const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: TOTP_PERIOD_SECONDS });
  // The functional API types HOTP and TOTP results together; only TOTP results carry a time step.
  if (!result.valid || !("timeStep" in result)) return null;
  if (afterStep !== null && result.timeStep <= afterStep) return null;
  return result.timeStep;
}
