"use server";
import { signIn } from "@/lib/auth/config";
import { safeCallbackUrl, signInSchema } from "@/lib/auth/sign-in-form";

export type SignInState = { error?: string; email?: string };

export async function requestMagicLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email: String(formData.get("email") ?? "") };
  // Throws Next's redirect: to the "check your email" page, or back to the form when the rate limit
  // (in the provider's signIn callback, which every path to a link passes) refuses.
  await signIn("email", { email: parsed.data.email, redirectTo: safeCallbackUrl(parsed.data.callbackUrl) ?? "/after-sign-in" });
  return {};
}
