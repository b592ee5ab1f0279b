// The mail provider fails (500s, hangs, and a hang after it already accepted the message):
// bookings still succeed, messages wait in the outbox and are retried with backoff until sent,
// and the provider's idempotency key makes sure nobody gets a message twice.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import SignInEmail from "@/emails/sign-in";
import { bookSlot, getSlotsForType } from "@/lib/booking";
import { enqueueEmail } from "@/lib/email/outbox";
import { deliverDueEmails, resendTransport, retryDelayMs } from "@/lib/email/sender";
import { createTestDb, type TestDb } from "../support/db";

type Behaviour = "fail" | "hang" | "accept-then-hang" | "ok";

/** Enough of Resend's `POST /emails` to fail on cue; like Resend, a repeated idempotency key is not sent again. */
function startFakeResend() {
  const script: Behaviour[] = [];
  const delivered = new Map<string, { id: string; to: string; times: number }>();
  const state = { requests: 0, withoutKey: 0, hung: [] as http.ServerResponse[] };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      state.requests++;
      const key = req.headers["idempotency-key"];
      if (req.method !== "POST" || req.url !== "/emails") return void res.writeHead(404).end();
      if (typeof key !== "string" || !key) state.withoutKey++;
      const behaviour = script.shift() ?? "ok";
      if (behaviour === "fail") return void res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ name: "internal_server_error", message: "provider down" }));
      if (behaviour === "hang") return void state.hung.push(res);
      const idKey = String(key);
      const known = delivered.get(idKey);
      const record = known ?? { id: `fake-${delivered.size + 1}`, to: JSON.parse(body).to, times: 0 };
      if (!known) {
        record.times++;
        delivered.set(idKey, record);
      }
      if (behaviour === "accept-then-hang") return void state.hung.push(res);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: record.id }));
    });
  });
  return {
    script,
    delivered,
    state,
    async listen() {
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async close() {
      for (const res of state.hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

let t: TestDb;
const fake = startFakeResend();
let baseUrl: string;
const NOW = new Date("2027-03-01T08:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: NOW });
  baseUrl = await fake.listen();
});
afterAll(async () => {
  await fake.close();
  await t?.close();
});

async function outbox() {
  return t.db.select().from(s.emailOutbox);
}

describe(`mail provider faults (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a booking succeeds while the provider is down; its messages wait in the outbox", async () => {
    fake.script.push("fail", "fail", "fail", "fail");
    const { slots } = await getSlotsForType(t.db, { typeSlug: "discovery", from: "2027-03-03", to: "2027-03-03", timezone: "Europe/London" }, NOW);
    const { booking } = await bookSlot(t.db, { typeSlug: "discovery", start: slots[0].start, name: "Rita Fault", email: "rita@example.com", timezone: "Europe/London" }, NOW);
    expect(booking.status).toBe("confirmed");
    const queued = await outbox();
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.every((m) => m.status === "pending")).toBe(true);

    const transport = resendTransport("re_test_key", baseUrl, { timeoutMs: 300 });
    const result = await deliverDueEmails(t.db, transport, { now: NOW, from: "Ambit <hello@ambit.test>" });
    expect(result.sent).toBe(0);
    expect(result.retried).toBe(queued.length);
    const after = await outbox();
    expect(after.every((m) => m.status === "pending" && m.attempts === 1 && m.lastError)).toBe(true);
    expect(after.every((m) => m.nextAttemptAt.getTime() === NOW.getTime() + retryDelayMs(1))).toBe(true);
  });

  it("retries with backoff through 500s, hangs and a lost reply until every message is sent exactly once", async () => {
    for (let i = 0; i < 4; i++) {
      await enqueueEmail(t.db, {
        to: `person${i}@example.com`,
        subject: `Message ${i}`,
        kind: "test",
        body: createElement(SignInEmail, { url: `http://localhost/api/auth/callback/email?token=t${i}` }),
        now: NOW,
      });
    }
    const total = (await outbox()).length;
    fake.script.length = 0;
    fake.script.push("hang", "accept-then-hang", "fail", "hang", "accept-then-hang", "fail", "fail", "hang");

    const transport = resendTransport("re_test_key", baseUrl, { timeoutMs: 300 });
    let now = NOW;
    const rounds: { sent: number; retried: number; failed: number }[] = [];
    for (let round = 0; round < 12; round++) {
      rounds.push(await deliverDueEmails(t.db, transport, { now, from: "Ambit <hello@ambit.test>" }));
      // Nothing is retried before its backoff delay is over.
      expect(await deliverDueEmails(t.db, transport, { now: new Date(now.getTime() + 1_000), from: "x@y.z" })).toEqual({ sent: 0, retried: 0, failed: 0 });
      const pending = await t.db.select({ n: sql<number>`count(*)::int` }).from(s.emailOutbox).where(eq(s.emailOutbox.status, "pending"));
      if (pending[0].n === 0) break;
      now = new Date(now.getTime() + retryDelayMs(round + 2) + 1);
    }

    const rows = await outbox();
    expect(rows.map((m) => m.status)).toEqual(rows.map(() => "sent"));
    expect(rows.some((m) => m.attempts > 1)).toBe(true);
    expect(rounds.reduce((n, r) => n + r.sent, 0)).toBe(total);
    expect(rounds.reduce((n, r) => n + r.failed, 0)).toBe(0);
    // Every request carried a key; the provider delivered each message exactly once.
    expect(fake.state.withoutKey).toBe(0);
    expect(fake.delivered.size).toBe(total);
    expect([...fake.delivered.values()].every((d) => d.times === 1)).toBe(true);
    expect(new Set(rows.map((m) => m.providerId)).size).toBe(total);
    expect(fake.state.requests).toBeGreaterThan(total);
  });

  it("a provider that hangs costs one timeout per message, not a stuck worker", async () => {
    await enqueueEmail(t.db, { to: "slow@example.com", subject: "Slow", kind: "test", body: createElement(SignInEmail, { url: "http://localhost/x" }), now: NOW });
    fake.script.length = 0;
    fake.script.push("hang");
    const transport = resendTransport("re_test_key", baseUrl, { timeoutMs: 200 });
    const now = new Date(NOW.getTime() + 86_400_000);
    const started = performance.now();
    expect(await deliverDueEmails(t.db, transport, { now, from: "x@y.z" })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await deliverDueEmails(t.db, transport, { now: new Date(now.getTime() + retryDelayMs(1) + 1), from: "x@y.z" })).toEqual({ sent: 1, retried: 0, failed: 0 });
  });
});
