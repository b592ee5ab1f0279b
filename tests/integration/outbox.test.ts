import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import SignInEmail from "@/emails/sign-in";
import { enqueueEmail } from "@/lib/email/outbox";
import { deliverDueEmails, MAX_ATTEMPTS, retryDelayMs, type MailTransport } from "@/lib/email/sender";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

// Every time here comes from this constant: the suite passes on any day (CI runs it under faked dates).
const NOW = new Date("2026-11-24T10:00:00Z");
const body = createElement(SignInEmail, { url: "http://localhost:3000/api/auth/callback/email?token=abc" });

describe("email outbox", () => {
  it("renders the template to HTML and text, and a dedupe key queues a message only once", async () => {
    expect(await enqueueEmail(t.db, { to: "Person@Example.com", subject: "Hello", kind: "test", body, dedupeKey: "once", now: NOW })).toBe(true);
    expect(await enqueueEmail(t.db, { to: "person@example.com", subject: "Hello", kind: "test", body, dedupeKey: "once", now: NOW })).toBe(false);
    const rows = await t.db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, "once"));
    expect(rows).toHaveLength(1);
    expect(rows[0].toAddress).toBe("person@example.com");
    expect(rows[0].html).toContain("token=abc");
    expect(rows[0].text.toLowerCase()).toContain("sign in to alex morgan coaching");
    expect(rows[0].status).toBe("pending");
  });

  it("is rolled back with the transaction that wrote it", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueEmail(tx as never, { to: "rollback@example.com", subject: "x", kind: "test", body, now: NOW });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const rows = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "rollback@example.com"));
    expect(rows).toHaveLength(0);
  });

  it("retries a failing provider with backoff and sends each message exactly once", async () => {
    await t.db.delete(emailOutbox).where(sql`true`);
    await enqueueEmail(t.db, { to: "a@example.com", subject: "A", kind: "test", body, now: NOW });
    await enqueueEmail(t.db, { to: "b@example.com", subject: "B", kind: "test", body, now: NOW });
    const sent: string[] = [];
    let failing = true;
    const transport: MailTransport = {
      async send(m) {
        if (failing) throw new Error("provider down");
        sent.push(m.id);
        return { id: `prov-${m.id}` };
      },
    };
    let now = NOW;
    expect(await deliverDueEmails(t.db, transport, { now, from: "x@y.z" })).toEqual({ sent: 0, retried: 2, failed: 0 });
    // Not due again before the backoff delay.
    expect(await deliverDueEmails(t.db, transport, { now: new Date(now.getTime() + 1000), from: "x@y.z" })).toEqual({ sent: 0, retried: 0, failed: 0 });
    failing = false;
    now = new Date(now.getTime() + retryDelayMs(1) + 1);
    expect(await deliverDueEmails(t.db, transport, { now, from: "x@y.z" })).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(await deliverDueEmails(t.db, transport, { now: new Date(now.getTime() + 3_600_000), from: "x@y.z" })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(new Set(sent).size).toBe(2);
    const rows = await t.db.select().from(emailOutbox);
    expect(rows.every((r) => r.status === "sent" && r.sentAt?.getTime() === now.getTime() && r.attempts === 2)).toBe(true);
  });

  it("gives up after the last attempt and keeps the message as failed", async () => {
    await t.db.delete(emailOutbox).where(sql`true`);
    await enqueueEmail(t.db, { to: "c@example.com", subject: "C", kind: "test", body, now: NOW });
    const transport: MailTransport = { send: async () => Promise.reject(new Error("bounced")) };
    let now = NOW;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverDueEmails(t.db, transport, { now, from: "x@y.z" });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    const [row] = await t.db.select().from(emailOutbox);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.lastError).toBe("bounced");
  });

  it("stamps a message with the caller's clock: it is due from then on, not before", async () => {
    await t.db.delete(emailOutbox).where(sql`true`);
    const queuedAt = new Date("2031-01-31T23:30:00Z");
    await enqueueEmail(t.db, { to: "d@example.com", subject: "D", kind: "test", body, now: queuedAt });
    const [row] = await t.db.select().from(emailOutbox);
    expect(row.createdAt.getTime()).toBe(queuedAt.getTime());
    expect(row.nextAttemptAt.getTime()).toBe(queuedAt.getTime());
    const transport: MailTransport = { send: async (m) => ({ id: `prov-${m.id}` }) };
    expect(await deliverDueEmails(t.db, transport, { now: new Date(queuedAt.getTime() - 1000), from: "x@y.z" })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverDueEmails(t.db, transport, { now: queuedAt, from: "x@y.z" })).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it("backs off exponentially up to six hours", () => {
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(2)).toBe(60_000);
    expect(retryDelayMs(30)).toBe(6 * 3_600_000);
  });
});
