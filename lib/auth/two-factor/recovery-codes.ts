import crypto from "node:crypto";
import { RECOVERY_CODE_COUNT } from "./policy";

// Letters and digits that cannot be misread for one another (no 0/o, 1/l/i).
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function randomChunk(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return out;
}

/** Fresh recovery codes like "k7pqa-3mxzt" (about 49 bits each), shown to the coach once. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => `${randomChunk(5)}-${randomChunk(5)}`);
}

/** What the person typed, in the form codes are hashed in: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(input: string): boolean {
  return new RegExp(`^[${ALPHABET}]{10}$`).test(normalizeRecoveryCode(input));
}

/** Keyed with AUTH_SECRET, so the stored hashes cannot be searched offline from a database copy alone. */
export function hashRecoveryCode(input: string, authSecret: string): string {
  return crypto.createHmac("sha256", authSecret).update(`recovery:${normalizeRecoveryCode(input)}`).digest("hex");
}
