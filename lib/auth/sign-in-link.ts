import crypto from "node:crypto";
import type { Db } from "@/db/client";
import { verificationTokens } from "@/db/schema";

/**
 * Creates a magic sign-in link the way Auth.js's email provider does (it stores only
 * sha256(token + secret)), so an invitation email can carry a link that signs the person in.
 */
export async function createSignInLink(
  db: Db,
  opts: { email: string; callbackPath: string; secret: string; publicUrl: string; now: Date; ttlHours?: number },
): Promise<string> {
  const email = opts.email.trim().toLowerCase();
  const token = crypto.randomBytes(32).toString("hex");
  const hashed = crypto.createHash("sha256").update(`${token}${opts.secret}`).digest("hex");
  const expires = new Date(opts.now.getTime() + (opts.ttlHours ?? 24 * 7) * 3_600_000);
  await db.insert(verificationTokens).values({ identifier: email, token: hashed, expires });
  const params = new URLSearchParams({ callbackUrl: `${opts.publicUrl}${opts.callbackPath}`, token, email });
  return `${opts.publicUrl}/api/auth/callback/email?${params}`;
}
