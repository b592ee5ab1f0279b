import crypto from "node:crypto";

/** A secret for a link (manage link, calendar feed): 32 random bytes, base64url (43 characters). */
export function createSecretToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any lookup, so junk never reaches the database. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function createManageToken(): { token: string; hash: string } {
  const token = createSecretToken();
  return { token, hash: hashToken(token) };
}
