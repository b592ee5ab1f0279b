import { z } from "zod";
import { CONTACT_STAGES } from "@/db/schema";
import { hasControlOrLineBreak } from "@/lib/validation";

/** "a, b,  B" -> ["a", "b"]: lower-cased, trimmed, distinct. */
export function parseTags(value: string | string[] | undefined | null): string[] {
  const parts = Array.isArray(value) ? value : (value ?? "").split(/[,;]/);
  return [...new Set(parts.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

const tagsField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => parseTags(v))
  .refine((tags) => tags.length <= 20, "At most 20 tags")
  .refine((tags) => tags.every((t) => t.length <= 40), "Each tag must be 40 characters or fewer");

/** A contact as the coach types it (create and edit forms, CSV rows). */
export const contactInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(200, "Name is too long (200 characters at most)")
    // It reaches email subjects and calendar invites: one line, no control characters.
    .refine((s) => !hasControlOrLineBreak(s), "Write the name on one line, without special characters"),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  phone: z
    .string()
    .trim()
    .max(40, "Phone is too long")
    .regex(/^[+0-9 ()./-]*$/, "Use digits, spaces and + ( ) - . / only")
    .optional()
    .transform((v) => (v ? v : null)),
  stage: z.enum(CONTACT_STAGES, "Choose a stage").default("lead"),
  tags: tagsField,
  source: z
    .string()
    .trim()
    .max(200, "Source is too long")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/** zod issues -> { field: [messages] } for forms. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
