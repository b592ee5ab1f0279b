// The booking API under load: availability reads (vs the JSON baseline), booking writes (vs the bare
// insert), and a race of 1,000 attempts on 20 slots that must end with exactly one booking each.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/lib/email/sender";
import { baseline, comparisonRows, measureBackToBack, routeExists, type HttpTarget } from "./http-baselines";
import { row, skipped, type Row } from "./report";

type Slot = { start: string; end: string };

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function availabilityUrl(baseUrl: string, now: Date, days: number): string {
  const from = isoDate(now);
  const to = isoDate(new Date(now.getTime() + (days - 1) * 86_400_000));
  return `${baseUrl}/api/availability?type=discovery&from=${from}&to=${to}&tz=Europe/Paris`;
}

/** Free slots far enough apart (an hour) that booking one never blocks another through buffers. */
function spacedSlots(slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  let last = -Infinity;
  for (const s of slots) {
    const t = Date.parse(s.start);
    if (t - last >= 60 * 60_000) {
      out.push(s);
      last = t;
    }
  }
  return out;
}

export async function listFreeSlots(baseUrl: string, now: Date): Promise<Slot[]> {
  const res = await fetch(availabilityUrl(baseUrl, now, 60));
  if (!res.ok) throw new Error(`availability answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { slots: Slot[] }).slots;
}

function bookingBody(slot: Slot, n: number, tag: string): string {
  return JSON.stringify({ type: "discovery", start: slot.start, name: `Bench ${tag} ${n}`, email: `bench-${tag}-${n}@example.com`, timezone: "Europe/Paris" });
}

/** Availability for 30 days at 50 connections, beside the JSON ping and a static file at 50. */
export async function benchAvailability(t: HttpTarget, driver: string, now: Date, staticPath: string): Promise<Row[]> {
  const name = "GET /api/availability, 30 days, 50 connections";
  const baseUrl = t.server.baseUrl;
  if (!(await routeExists(`${baseUrl}/api/availability`))) return [skipped(name, driver, "route missing")];
  const m = await measureBackToBack(
    [baseline.ping(t, 50), baseline.staticFile(t, 50, staticPath)],
    { url: availabilityUrl(baseUrl, now, 30), connections: 50, seconds: t.seconds, server: t.server },
  );
  return comparisonRows(name, driver, m);
}

export type RaceOutcome = { slots: Slot[]; statuses: Record<string, number>; seconds: number };

/** 1,000 booking attempts over 20 free slots, 100 in flight at once: exactly one per slot may win. */
export async function runBookingRace(baseUrl: string, slots: Slot[], attempts = 1000): Promise<RaceOutcome> {
  const statuses: Record<string, number> = {};
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 100 }, async () => {
      while (next < attempts) {
        const n = next++;
        try {
          const res = await fetch(`${baseUrl}/api/bookings`, { method: "POST", headers: { "content-type": "application/json" }, body: bookingBody(slots[n % slots.length], n, "race") });
          await res.arrayBuffer();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        } catch {
          statuses.network = (statuses.network ?? 0) + 1;
        }
      }
    }),
  );
  return { slots, statuses, seconds: (performance.now() - t0) / 1000 };
}

/** Reads the race's result from the database: confirmed rows on its slots, and any overlap at all. */
export async function raceRows(db: Db, driver: string, race: RaceOutcome): Promise<Row[]> {
  const name = "booking race: 1,000 attempts on 20 slots";
  const starts = race.slots.map((s) => new Date(s.start).toISOString());
  const [confirmed] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from bookings where status = 'confirmed' and starts_at = any(${`{${starts.join(",")}}`}::timestamptz[])`),
  );
  const [overlaps] = rowsOf<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from bookings a join bookings b on a.coach_id = b.coach_id and a.id < b.id
      where a.status <> 'cancelled' and b.status <> 'cancelled'
        and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')`),
  );
  const { statuses } = race;
  const fiveXx = Object.entries(statuses).reduce((n, [code, count]) => (Number(code) >= 500 ? n + count : n), 0);
  const summary = Object.entries(statuses).map(([code, count]) => `${code}: ${count}`).join(", ");
  const distinct = { name: "distinct free slots", value: race.slots.length };
  return [
    row(`${name}: confirmed rows`, driver, Number(confirmed.n), "bookings", distinct, `answers ${summary}; ${race.seconds.toFixed(1)} s`),
    row(`${name}: 201 answers`, driver, statuses[201] ?? 0, "answers", distinct),
    row(`${name}: overlapping live rows`, driver, Number(overlaps.n), "pairs"),
    row(`${name}: 5xx or network errors`, driver, fiveXx + (statuses.network ?? 0), "answers"),
  ];
}

/** Booking writes, each a different free slot, right after the same number of bare inserts. */
export async function benchBookingWrites(t: HttpTarget, driver: string, slots: Slot[]): Promise<Row[]> {
  const name = "POST /api/bookings, 10 connections";
  const baseUrl = t.server.baseUrl;
  if (slots.length < 30) return [skipped(name, driver, `only ${slots.length} free slots left`)];
  const [warm1, warm2, ...rest] = slots;
  for (const [i, s] of [warm1, warm2].entries()) await fetch(`${baseUrl}/api/bookings`, { method: "POST", headers: { "content-type": "application/json" }, body: bookingBody(s, i, "warm") });
  const amount = Math.min(rest.length, 250);
  let n = 0;
  const m = await measureBackToBack([baseline.insert(t, 10, amount), baseline.ping(t, 10)], {
    url: `${baseUrl}/api/bookings`,
    connections: 10,
    amount,
    method: "POST",
    headers: { "content-type": "application/json" },
    nextBody: () => bookingBody(rest[n++ % amount], n, "load"),
    server: t.server,
  });
  const created = m.route.statuses[201] ?? 0;
  return comparisonRows(name, driver, m, `${created} of ${m.route.requests} created`);
}

/** Availability and booking writes now; the race is run here (unless skipped) and checked by the caller's database. */
export async function benchBooking(t: HttpTarget, driver: string, now: Date, opts: { staticPath: string; race: boolean }): Promise<{ rows: Row[]; race?: RaceOutcome }> {
  const baseUrl = t.server.baseUrl;
  const rows = await benchAvailability(t, driver, now, opts.staticPath);
  if (!(await routeExists(`${baseUrl}/api/bookings`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }))) {
    return { rows: [...rows, skipped("POST /api/bookings", driver, "route missing"), skipped("booking race", driver, "route missing")] };
  }
  const free = spacedSlots(await listFreeSlots(baseUrl, now));
  if (!opts.race) {
    rows.push(skipped("booking race", driver, "fast mode"), ...(await benchBookingWrites(t, driver, free)));
    return { rows };
  }
  if (free.length < 20) return { rows: [...rows, skipped("booking race", driver, `only ${free.length} free slots`)] };
  const race = await runBookingRace(baseUrl, free.slice(0, 20));
  rows.push(...(await benchBookingWrites(t, driver, free.slice(20))));
  return { rows, race };
}
