import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  callbackUrl: z.string().optional(),
});

/** Only same-site paths are followed after sign-in. */
export function safeCallbackUrl(value: string | undefined | null): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return undefined;
  return value;
}
