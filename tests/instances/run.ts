// The two-instance proof (run by .ci/run): two production instances on one PostgreSQL database
// behind a round-robin proxy. Bookings, rate limits, background work, caches and sessions must
// behave as one application. Prints each check and "N passed, N failed"; exits 1 on a failure.
// Ports 3520-3529. Usage: DATABASE_URL=postgres://… tsx tests/instances/run.ts
import fs from "node:fs";
import assert from "node:assert/strict";
import { createDatabase, ensureBuild, startFakeResend, startInstance, startProxy, type Instance } from "./cluster";

const base = process.env.DATABASE_URL;
if (!base) throw new Error("DATABASE_URL must point at a PostgreSQL server (the test creates and drops its own database)");
const PORTS = { proxy: 3520, a: 3521, b: 3522, a2: 3523, b2: 3524, resend: 3525 };

type Result = { name: string; ok: boolean; detail: string };
const results: Result[] = [];
async function check(name: string, fn: () => Promise<string | void>) {
  const started = Date.now();
  try {
    const detail = (await fn()) ?? "";
    results.push({ name, ok: true, detail });
    console.log(`  ok   ${name} (${Date.now() - started} ms) ${detail}`);
  } catch (err) {
    results.push({ name, ok: false, detail: String((err as Error).stack ?? err) });
    console.log(`  FAIL ${name}: ${(err as Error).message}`);
  }
}

type Slot = { start: string; end: string };
const day = (d: Date) => d.toISOString().slice(0, 10);

async function freeSlots(url: string, from: Date, days: number): Promise<Slot[]> {
  const to = new Date(from.getTime() + days * 86_400_000);
  const res = await fetch(`${url}/api/availability?type=discovery&from=${day(from)}&to=${day(to)}&tz=UTC`);
  assert.equal(res.status, 200, `availability answered ${res.status}`);
  return ((await res.json()) as { slots: Slot[] }).slots;
}

/** Free slots that can all be booked together: an hour apart, past the 30-minute call and its buffer. */
function independent(slots: Slot[], n: number): Slot[] {
  const chosen: Slot[] = [];
  for (const slot of slots) {
    const last = chosen.at(-1);
    if (!last || Date.parse(slot.start) - Date.parse(last.start) >= 3_600_000) chosen.push(slot);
    if (chosen.length === n) break;
  }
  return chosen;
}

function book(url: string, start: string, n: number, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/bookings`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ type: "discovery", start, name: `Load Test ${n}`, email: `load${n}@example.com`, timezone: "UTC" }),
  });
}

/** Runs `tasks` with at most `width` at once. */
async function pool<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < count) {
      const i = next++;
      out[i] = await task(i);
    }
  }));
  return out;
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

ensureBuild();
const now = new Date();
const db = await createDatabase(base, now);
const resend = await startFakeResend(PORTS.resend);
let backends: Instance[] = [];
const proxy = await startProxy(PORTS.proxy, () => backends.map((b) => b.url));
const common = {
  DATABASE_URL: db.url,
  AUTH_URL: proxy.url,
  RESEND_API_KEY: "re_instances_test",
  RESEND_BASE_URL: resend.url,
  AMBIT_WORKER_INTERVAL_SECONDS: "1",
  // The load-balancing proxy and this runner both connect from 127.0.0.1: believe their X-Forwarded-For.
  AMBIT_TRUSTED_PROXIES: "127.0.0.1",
};
const started = Date.now();

try {
  // A booking made long ago for a call three hours from now: its 24-hour reminder is due.
  const [seedRow] = await db.sql`select c.id as coach_id, m.id as type_id, (select id from contacts order by created_at limit 1) as contact_id
    from coaches c join meeting_types m on m.coach_id = c.id and m.slug = 'discovery' limit 1`;
  const reminderStart = new Date(Math.ceil((now.getTime() + 3 * 3_600_000) / 3_600_000) * 3_600_000 + 7 * 60_000);
  await db.sql`delete from bookings where tstzrange(starts_at, ends_at, '[)') && tstzrange(${reminderStart}, ${new Date(reminderStart.getTime() + 30 * 60_000)}, '[)')`;
  const [reminded] = await db.sql`insert into bookings (coach_id, contact_id, meeting_type_id, starts_at, ends_at, invitee_name, invitee_timezone, created_at)
    values (${seedRow.coach_id}, ${seedRow.contact_id}, ${seedRow.type_id}, ${reminderStart}, ${new Date(reminderStart.getTime() + 30 * 60_000)}, 'Reminded Person', 'UTC', ${new Date(now.getTime() - 2 * 86_400_000)})
    returning id`;

  console.log("Phase 1: rate limits on (AMBIT_RATE_LIMITS unset), instances A and B");
  const a = await startInstance("A", PORTS.a, common);
  const b = await startInstance("B", PORTS.b, common);
  backends = [a, b];

  await check("a rate limit hit through both instances holds as one", async () => {
    // The booking bucket allows 10 attempts per address; each answer shows which instance served it
    // only through the proxy's turn order, so 12 attempts alternate A, B, A, …
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${proxy.url}/api/bookings`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.23" }, body: "{}" });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [...Array(10).fill(422), 429, 429]);
    return `statuses ${statuses.join(",")}`;
  });

  await check("a booking on A removes its slot from availability on B within one second", async () => {
    const from = new Date(now.getTime() + 2 * 86_400_000);
    const onB = await freeSlots(b.url, from, 7); // B has now cached (or computed) this range
    assert.ok(onB.length > 0, "no free slots to book");
    const slot = onB[onB.length - 1];
    const res = await book(a.url, slot.start, 100_000, { "x-forwarded-for": "198.51.100.40" });
    assert.equal(res.status, 201, `booking on A answered ${res.status}`);
    const booked = Date.now();
    for (;;) {
      const again = await freeSlots(b.url, from, 7);
      if (!again.some((s) => s.start === slot.start)) return `gone from B after ${Date.now() - booked} ms`;
      if (Date.now() - booked > 1000) throw new Error("B still offers the slot booked on A after one second");
      await new Promise((r) => setTimeout(r, 25));
    }
  });

  await check("a session signed in on A works on B", async () => {
    const csrf = await fetch(`${a.url}/api/auth/csrf`);
    const jar = cookiesOf(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, email: "coach@example.com", callbackUrl: `${proxy.url}/coach` });
    const signIn = await fetch(`${a.url}/api/auth/signin/email`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") }, body: form });
    assert.ok(signIn.status === 302 || signIn.status === 303, `sign-in answered ${signIn.status}`);
    // The link is queued after the answer (known and unknown addresses answer alike): wait for it.
    let link: string | undefined;
    for (let i = 0; i < 100 && !link; i++) {
      const [mail] = await db.sql`select text from email_outbox where to_address = 'coach@example.com' and kind = 'sign_in' order by created_at desc limit 1`;
      link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail?.text ?? "")?.[0];
      if (!link) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(link, "no sign-in link in the outbox");
    const onA = new URL(link);
    const callback = await fetch(`${a.url}${onA.pathname}${onA.search}`, { redirect: "manual", headers: { cookie: jar.join("; ") } });
    const session = cookiesOf(callback).filter((c) => c.includes("session-token"));
    assert.equal(session.length, 1, `the callback on A set no session cookie (status ${callback.status})`);
    const withSession = await fetch(`${b.url}/coach`, { redirect: "manual", headers: { cookie: session[0] } });
    assert.equal(withSession.status, 200, `B answered ${withSession.status} to the session made on A`);
    assert.match(await withSession.text(), /coach/i);
    const without = await fetch(`${b.url}/coach`, { redirect: "manual" });
    assert.notEqual(without.status, 200, "B let an anonymous visitor into /coach: the check above proves nothing");
    return "B answered 200 with A's session cookie; anonymous is redirected";
  });

  await check("SIGTERM with nothing in flight: instances exit 0", async () => {
    const codes = [await a.stop(), await b.stop()];
    backends = [];
    assert.deepEqual(codes, [0, 0], `exit codes ${codes.join(",")}\n${a.output().slice(-1500)}`);
    return "A and B exited 0";
  });

  console.log("Phase 2: rate limits off (1,000 attempts from one address), instances A2 and B2");
  const off = { ...common, AMBIT_RATE_LIMITS: "off" };
  const a2 = await startInstance("A2", PORTS.a2, off);
  const b2 = await startInstance("B2", PORTS.b2, off);
  backends = [a2, b2];

  await check("1,000 booking attempts on 20 free slots through both: exactly 20 confirmed, no overlap, no 5xx", async () => {
    const slots = independent(await freeSlots(proxy.url, new Date(now.getTime() + 3 * 86_400_000), 10), 20);
    assert.equal(slots.length, 20, "fewer than 20 free slots to race for");
    const statuses = await pool(1000, 40, (i) => book(proxy.url, slots[i % 20].start, i).then((r) => r.status));
    const tally = statuses.reduce<Record<number, number>>((t, s) => ((t[s] = (t[s] ?? 0) + 1), t), {});
    assert.equal(tally[201], 20, `201s: ${JSON.stringify(tally)}`);
    assert.equal(tally[409], 980, `409s: ${JSON.stringify(tally)}`);
    const starts = slots.map((s) => new Date(s.start));
    const [stored] = await db.sql`select count(*)::int as n, count(distinct starts_at)::int as distinct_starts from bookings where status = 'confirmed' and starts_at = any(${db.sql.array(starts.map((d) => d.toISOString()))}::timestamptz[])`;
    assert.deepEqual([stored.n, stored.distinct_starts], [20, 20]);
    const [overlaps] = await db.sql`select count(*)::int as n from bookings x join bookings y on x.id < y.id and x.coach_id = y.coach_id
      and x.status <> 'cancelled' and y.status <> 'cancelled' and tstzrange(x.starts_at, x.ends_at, '[)') && tstzrange(y.starts_at, y.ends_at, '[)')`;
    assert.equal(overlaps.n, 0);
    return JSON.stringify(tally);
  });

  await check("SIGTERM mid-load: A2 exits 0, every answered booking is stored with its email, B2 carries on", async () => {
    const slots = independent(await freeSlots(proxy.url, new Date(now.getTime() + 15 * 86_400_000), 14), 60);
    assert.ok(slots.length >= 40, `only ${slots.length} free slots`);
    const answers: Array<{ status: number; id?: string; text: string }> = [];
    let stopping: Promise<number | null> | null = null;
    await pool(slots.length, 6, async (i) => {
      if (i === 15) stopping = a2.stop(); // SIGTERM while requests are in flight on both
      const res = await book(proxy.url, slots[i].start, 200_000 + i);
      const text = await res.text();
      const body = (() => { try { return JSON.parse(text) as { id?: string }; } catch { return {}; } })();
      answers.push({ status: res.status, id: body.id, text: text.slice(0, 200) });
    });
    const code = await stopping;
    backends = [b2];
    assert.equal(code, 0, `A2 exited ${code}:\n${a2.output().slice(-2000)}`);
    assert.ok(a2.output().includes("shutdown complete"), "A2 did not report a finished shutdown");
    const bad = answers.filter((x) => x.status >= 500);
    assert.equal(bad.length, 0, `5xx answers: ${JSON.stringify(bad)}\n${a2.output().slice(-1500)}`);
    const ids = answers.filter((x) => x.status === 201).map((x) => x.id!);
    assert.equal(ids.length, slots.length, `not every attempt was booked: ${JSON.stringify(answers.map((x) => x.status))}`);
    const stored = await db.sql`select b.id from bookings b join contacts c on c.id = b.contact_id
      where c.email like 'load2_____@example.com' and b.status = 'confirmed'`;
    assert.equal(stored.length, ids.length, "bookings stored differ from the 201 answers");
    const [mails] = await db.sql`select count(*)::int as n from email_outbox where to_address like 'load2_____@example.com'`;
    assert.ok(mails.n >= ids.length, `only ${mails.n} emails queued for ${ids.length} bookings`);
    return `${ids.length} booked, A2 exited 0 mid-load`;
  });

  await check("both background workers: every reminder, digest and email sent exactly once", async () => {
    // Phase 1 ran A and B, phase 2 A2 and B2, each ticking every second. Wait for B2 to drain.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [left] = await db.sql`select count(*)::int as n from email_outbox where status in ('pending', 'sending')`;
      if (left.n === 0) break;
      if (Date.now() > deadline) throw new Error(`${left.n} emails still undelivered after 60 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const rows = await db.sql`select id, kind, status from email_outbox`;
    assert.ok(rows.every((r) => r.status === "sent"), "some emails failed");
    const sentKeys = resend.sends.map((s) => s.key);
    const dupes = sentKeys.filter((k, i) => sentKeys.indexOf(k) !== i);
    assert.deepEqual(dupes, [], "an email went to the provider twice");
    assert.deepEqual([...sentKeys].sort(), rows.map((r) => `outbox-${r.id}`).sort(), "the provider did not get exactly the outbox");
    const byKind = rows.reduce<Record<string, number>>((t, r) => ((t[r.kind] = (t[r.kind] ?? 0) + 1), t), {});
    const [reminders] = await db.sql`select count(*)::int as n from email_outbox where dedupe_key = ${`reminder-24h-${reminded.id}`}`;
    assert.equal(reminders.n, 1, "the due reminder was not queued exactly once");
    assert.ok((byKind.weekly_digest ?? 0) >= 1, `no weekly digest was sent: ${JSON.stringify(byKind)}`);
    const [digestDupes] = await db.sql`select count(*)::int as n from (select to_address from email_outbox where kind = 'weekly_digest' group by to_address having count(*) > 1) d`;
    assert.equal(digestDupes.n, 0, "a client got two digests");
    return `${rows.length} emails, each sent once: ${JSON.stringify(byKind)}`;
  });

  await check("SIGTERM: B2 exits 0 and leaves no connection behind", async () => {
    const code = await b2.stop();
    backends = [];
    assert.equal(code, 0, `B2 exited ${code}`);
    const [conns] = await db.sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name <> 'ambit-instances-test'`;
    assert.equal(conns.n, 0, `${conns.n} connections still open`);
  });
} finally {
  for (const instance of backends) await instance.stop();
  await proxy.close();
  await resend.close();
  await db.drop();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
fs.mkdirSync("test-results", { recursive: true });
fs.writeFileSync("test-results/instances.json", JSON.stringify({ passed, failed, seconds: Math.round((Date.now() - started) / 1000), results }, null, 2));
for (const r of results.filter((x) => !x.ok)) console.log(`\n${r.name}\n${r.detail}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
