import { AppError } from "@/lib/errors";
import "server-only";
import { createElement } from "react";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import ContactMessageEmail from "@/emails/contact-message";
import { enqueueEmail } from "@/lib/email/outbox";
import { getPracticeCoach } from "@/lib/practice";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { addActivity } from "./activities";
import { contactFieldErrors, contactFormSchema, HONEYPOT_FIELD, type ContactFieldErrors } from "./contact-form-schema";
import { upsertContactByEmail } from "./contacts";
import { withTransaction } from "@/db/transaction";

export const CONTACT_FORM_SOURCE = "contact form";

export type ContactFormResult =
  | { status: "sent"; contactId: string; created: boolean }
  /** A bot filled the hidden field: it is shown the thank-you, and nothing is written. */
  | { status: "ignored" }
  | { status: "invalid"; fieldErrors: ContactFieldErrors }
  | { status: "rate_limited"; retryAfterSeconds: number };

/** The site has no coach to receive the message (an installation that was never set up). */
export class PracticeNotSetUpError extends AppError {
  constructor() {
    super("unavailable", "No coach account exists yet to receive contact messages.");
  }
}

/**
 * Handles one submission of the public contact form. Valid input, within the rate limit, is kept
 * in one transaction: the contact (a new lead with source "contact form", or the existing contact
 * with that email), a "message" activity on their timeline, and an email to the coach in the
 * outbox. Bad input, a filled honeypot or a refused rate limit write nothing.
 */
export async function submitContactForm(
  db: Db,
  input: Record<string, unknown>,
  context: { ip: string; publicUrl: string; now: Date },
): Promise<ContactFormResult> {
  const honeypot = input[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { status: "ignored" };

  const parsed = contactFormSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", fieldErrors: contactFieldErrors(parsed.error) };
  const { name, email, message } = parsed.data;

  const coach = await getPracticeCoach(db);
  if (!coach) throw new PracticeNotSetUpError();

  const limit = await consumeRateLimit(db, "contact", [context.ip, email]);
  if (!limit.ok) return { status: "rate_limited", retryAfterSeconds: limit.retryAfterSeconds };
  const [coachUser] = await db.select({ email: users.email }).from(users).where(eq(users.id, coach.userId));

  return withTransaction(db, async (t) => {
    const { contact, created } = await upsertContactByEmail(t, { coachId: coach.id, email, name, stage: "lead", source: CONTACT_FORM_SOURCE, now: context.now });
    await addActivity(t, contact.id, "message", "Sent a message through the contact form", { source: CONTACT_FORM_SOURCE, name, message });
    const props = {
      name,
      email,
      message,
      isNewContact: created,
      contactUrl: `${context.publicUrl}/coach/contacts?q=${encodeURIComponent(email)}`,
    };
    await enqueueEmail(t, { to: coachUser.email, contactId: contact.id, subject: ContactMessageEmail.subject(props), kind: "contact_message", body: createElement(ContactMessageEmail, props), now: context.now });
    return { status: "sent" as const, contactId: contact.id, created };
  });
}
