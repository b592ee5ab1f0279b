import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { Db } from "@/db/client";
import { emailOutbox, type OutboxAttachment } from "@/db/schema";
import { headerValue } from "./header-value";

export type OutgoingEmail = {
  to: string;
  /** The contact the message is to or quotes: erasing the contact deletes the message. */
  contactId?: string | null;
  subject: string;
  kind: string;
  body: ReactElement;
  attachments?: OutboxAttachment[];
  /** When set, a second message with the same key is silently not queued (reminders, receipts). */
  dedupeKey?: string;
  /** The caller's clock: the message is stamped with it and is due for delivery from then on. */
  now: Date;
};

/** Renders a react-email template to HTML and text. */
export async function renderEmail(body: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { html, text };
}

/**
 * Writes a message to the outbox. Call it with the transaction of the change that causes the
 * message, so both are kept or neither is; the sender delivers it later.
 * Returns false when a message with the same dedupe key was already queued.
 */
export async function enqueueEmail(db: Db, email: OutgoingEmail): Promise<boolean> {
  const { html, text } = await renderEmail(email.body);
  const inserted = await db
    .insert(emailOutbox)
    .values({
      toAddress: headerValue(email.to).toLowerCase(),
      contactId: email.contactId ?? null,
      subject: headerValue(email.subject),
      kind: email.kind,
      html,
      text,
      attachments: email.attachments ?? [],
      dedupeKey: email.dedupeKey ?? null,
      createdAt: email.now,
      nextAttemptAt: email.now,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  return inserted.length > 0;
}
