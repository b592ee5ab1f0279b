import { Resend } from "resend";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailOutbox, type OutboxMessage } from "@/db/schema";

export type MailTransport = { send: (message: OutboxMessage, from: string) => Promise<{ id: string }> };

export const MAX_ATTEMPTS = 10;
const LEASE_MS = 5 * 60_000;

/** Delay before the next try: 30 s, 1 min, 2 min… capped at 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** How long one call to the provider may take before it counts as failed and is retried later. */
export const SEND_TIMEOUT_MS = 15_000;

/**
 * Resend, with the outbox id as idempotency key so a retry after a timeout never sends twice, and
 * a timeout so a provider that hangs cannot stall delivery of the whole batch.
 */
export function resendTransport(apiKey: string, baseUrl?: string, opts: { timeoutMs?: number } = {}): MailTransport {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  const timeoutMs = opts.timeoutMs ?? SEND_TIMEOUT_MS;
  return {
    async send(message, from) {
      const { data, error } = await resend.emails.send(
        {
          from,
          to: message.toAddress,
          subject: message.subject,
          html: message.html,
          text: message.text,
          attachments: message.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
        },
        { idempotencyKey: `outbox-${message.id}`, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error || !data) throw new Error(error?.message ?? "Resend returned no id");
      return { id: data.id };
    },
  };
}

/**
 * Claims due messages (pending, or stuck in "sending" past their lease), sends them, and records
 * the result. Safe to run from several processes at once: rows are claimed with SKIP LOCKED.
 */
export async function deliverDueEmails(db: Db, transport: MailTransport, opts: { now: Date; from: string; batch?: number }) {
  const leaseUntil = new Date(opts.now.getTime() + LEASE_MS);
  const claimed = await db.execute<{ id: string }>(sql`
    update ${emailOutbox} set status = 'sending', attempts = attempts + 1, next_attempt_at = ${leaseUntil.toISOString()}
    where id in (
      select id from ${emailOutbox}
      where status in ('pending', 'sending') and next_attempt_at <= ${opts.now.toISOString()}
      order by created_at limit ${opts.batch ?? 20}
      for update skip locked
    )
    returning id`);
  const ids = rowsOf<{ id: string }>(claimed).map((r) => r.id);
  const result = { sent: 0, retried: 0, failed: 0 };
  for (const id of ids) {
    const [message] = await db.select().from(emailOutbox).where(sql`${emailOutbox.id} = ${id}`);
    if (!message) continue;
    try {
      const { id: providerId } = await transport.send(message, opts.from);
      await db.update(emailOutbox).set({ status: "sent", sentAt: opts.now, providerId, lastError: null }).where(sql`${emailOutbox.id} = ${id}`);
      result.sent++;
    } catch (err) {
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await db
        .update(emailOutbox)
        .set({
          status: giveUp ? "failed" : "pending",
          lastError: String((err as Error).message ?? err).slice(0, 500),
          nextAttemptAt: new Date(opts.now.getTime() + retryDelayMs(message.attempts)),
        })
        .where(sql`${emailOutbox.id} = ${id}`);
      if (giveUp) result.failed++;
      else result.retried++;
    }
  }
  return result;
}

// postgres.js returns an array; PGlite returns { rows }.
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
