"use server";
import { headers } from "next/headers";
import { signIn } from "@/lib/auth/config";
import { safeCallbackUrl, signInSchema } from "@/lib/auth/sign-in-form";
import { getDb } from "@/lib/db";
import { clientIp, consumeRateLimit } from "@/lib/security/rate-limit";

export type SignInState = { error?: string; email?: string };

export async function requestMagicLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email: String(formData.get("email") ?? "") };
  // Sign-in emails are limited per address and per sender, so the form can't be used to flood an inbox.
  const limit = await consumeRateLimit(getDb(), "signIn", [clientIp(await headers()), parsed.data.email]);
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return { error: `Too many sign-in requests. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, email: parsed.data.email };
  }
  // Throws Next's redirect to the "check your email" page on success.
  await signIn("email", { email: parsed.data.email, redirectTo: safeCallbackUrl(parsed.data.callbackUrl) ?? "/after-sign-in" });
  return {};
}
