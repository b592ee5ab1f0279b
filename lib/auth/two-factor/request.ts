import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { needsRecentSecondFactor, needsSecondFactor, type SecondFactorState } from "./policy";
import { getSecondFactorState } from "./session-state";

// Auth.js's database-session cookie (the __Secure- form on HTTPS). Auth.js has already checked the
// session it names when these run; the token picks the row whose second-factor time we read.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

export async function currentSessionToken(): Promise<string | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}

/** This request's second-factor state, read once per request. */
export const currentSecondFactorState = cache(async (userId: string): Promise<SecondFactorState> => {
  return getSecondFactorState(getDb(), { userId, sessionToken: await currentSessionToken() });
});

export function twoFactorPageUrl(next: string): string {
  return `/sign-in/two-factor?callbackUrl=${encodeURIComponent(next)}`;
}

/** After the magic link, a coach with two-factor on is sent to enter a code before anything else. */
export async function enforceSecondFactor(userId: string, next: string): Promise<void> {
  if (needsSecondFactor(await currentSecondFactorState(userId))) redirect(twoFactorPageUrl(next));
}

/**
 * For erase, exports and refunds: with two-factor on, the last code must be recent, or the coach is
 * sent to enter one and comes back to `next`. Call after requireCoach().
 */
export async function requireRecentSecondFactor(userId: string, next: string, now: Date): Promise<void> {
  if (needsRecentSecondFactor(await currentSecondFactorState(userId), now, env().twoFactorWindowMs)) redirect(twoFactorPageUrl(next));
}

/** For pages that offer a sensitive action: whether using it will first ask for a code. */
export async function sensitiveActionNeedsCode(userId: string, now: Date): Promise<boolean> {
  return needsRecentSecondFactor(await currentSecondFactorState(userId), now, env().twoFactorWindowMs);
}
