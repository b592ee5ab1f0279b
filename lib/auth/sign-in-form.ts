import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  callbackUrl: z.string().optional(),
});

/**
 * Only same-site paths are followed after sign-in. Browsers read a backslash as "/" and drop tabs
 * and newlines, so "/", backslash, "evil.example" would be another host: refuse those too.
 */
export function safeCallbackUrl(value: string | undefined | null): string | undefined {
  if (!value || !value.startsWith("/")) return undefined;
  if (/[\\\u0000-\u001F\u007F]/.test(value) || value.startsWith("//")) return undefined;
  return value;
}
