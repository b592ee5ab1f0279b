import crypto from "node:crypto";

// TOTP secrets are encrypted at rest with AES-256-GCM under a key derived from AUTH_SECRET, so a
// copy of the database alone does not let anyone generate codes.
const VERSION = "v1";

function keyFrom(authSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, "ambit", "two-factor-secret", 32));
}

export function encryptSecret(plain: string, authSecret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** Throws when the value was not sealed with this AUTH_SECRET (or was altered). */
export function decryptSecret(sealed: string, authSecret: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Unreadable two-factor secret");
  const decipher = crypto.createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
