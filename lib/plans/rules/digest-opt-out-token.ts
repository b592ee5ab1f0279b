import crypto from "node:crypto";

// The digest's opt-out link carries the user id signed with the app secret, so it works without
// signing in and cannot be forged for someone else. It does not expire: old emails keep working.
const PURPOSE = "digest-opt-out";

function sign(userId: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(`${PURPOSE}:${userId}`).digest("base64url");
}

export function createDigestOptOutToken(userId: string, secret: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${sign(userId, secret)}`;
}

/** The user id in a valid token; null for anything else. */
export function readDigestOptOutToken(token: string, secret: string): string | null {
  const [encoded, signature, extra] = token.split(".");
  if (!encoded || !signature || extra !== undefined || token.length > 400) return null;
  const userId = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(sign(userId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? userId : null;
}
