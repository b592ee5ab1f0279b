import { z } from "zod";

// The public contact form. Shared by the server action and the service; free of server code.
export const CONTACT_FIELDS = ["name", "email", "message"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The hidden field only bots fill in. */
export const HONEYPOT_FIELD = "website";

// PostgreSQL refuses NUL in text, and no person types control characters (tabs and newlines aside).
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const NO_CONTROL = "Remove the special characters";

export const contactFormSchema = z.object({
  name: z
    .string({ error: "Tell me your name" })
    .trim()
    .min(1, "Tell me your name")
    .max(120, "Keep your name under 120 characters")
    .refine((s) => !CONTROL_CHARS.test(s) && !/[\t\n\r]/.test(s), NO_CONTROL),
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, "Enter your email address")
    .max(254, "That email address is too long")
    .pipe(z.email("Enter a valid email address, like name@example.com"))
    .transform((email) => email.toLowerCase()),
  message: z
    .string({ error: "Write a short message" })
    .trim()
    .min(10, "Write a little more: at least 10 characters")
    .max(5000, "Keep your message under 5,000 characters")
    .refine((s) => !CONTROL_CHARS.test(s), NO_CONTROL),
});

export type ContactFormInput = z.infer<typeof contactFormSchema>;
export type ContactFieldErrors = Partial<Record<ContactField, string>>;

/** The first message per field, for showing next to each input. */
export function contactFieldErrors(error: z.ZodError): ContactFieldErrors {
  const errors: ContactFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && (CONTACT_FIELDS as readonly string[]).includes(field)) {
      errors[field as ContactField] ??= issue.message;
    }
  }
  return errors;
}
