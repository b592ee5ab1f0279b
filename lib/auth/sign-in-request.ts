import type { Db } from "@/db/client";
import { clientIp, consumeRateLimit } from "@/lib/security/rate-limit";

/** Where a refused request for a sign-in link is sent: the sign-in page says why. */
export const SIGN_IN_RATE_LIMITED_URL = "/sign-in?error=RateLimited";

/**
 * Decides whether a sign-in link may be requested. Every request passes here, whether it comes
 * from the sign-in form or straight to Auth.js's POST /api/auth/signin/email (both run the
 * provider's signIn callback), so links are limited per address and per email either way.
 * Known and unknown addresses get the same answer and the same work: whether a link is mailed is
 * decided after the response (./magic-link).
 */
export async function admitSignInRequest(db: Db, email: string, requestHeaders: Headers): Promise<true | string> {
  const limit = await consumeRateLimit(db, "signIn", [clientIp(requestHeaders), email]);
  return limit.ok ? true : SIGN_IN_RATE_LIMITED_URL;
}
