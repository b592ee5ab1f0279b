// The availability cache against a real database: a write through one connection makes another
// instance's cache (a second db handle, as a second server would have) forget its answers, and
// answers expire when time alone changes them. On PGlite both sides share the one connection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { openDatabase, type DbHandle } from "@/db/client";
import * as s from "@/db/schema";
import { bookSlot, createAvailabilityCache, handleAvailabilityRequest, type AvailabilityCache } from "@/lib/booking";
import { createTestDb, type TestDb } from "../support/db";
import { NOW, person, seedPractice } from "./booking.fixture";

let t: TestDb;
let other: Pick<DbHandle, "db" | "listen" | "close">;
let cache: AvailabilityCache;
let coach: s.Coach;
const driver = process.env.DATABASE_URL ? "postgres" : "pglite";
const QUERY = "type=discovery&from=2027-03-08&to=2027-03-12&tz=Europe/Paris";
const KEY = "discovery\n2027-03-08\n2027-03-12\nEurope/Paris";

type Body = { slots: { start: string; end: string }[] };

beforeAll(async () => {
  t = await createTestDb();
  coach = await seedPractice(t.db);
  // The second instance: its own connections to the same database (PGlite has only one).
  other = t.url ? openDatabase({ url: t.url }) : { db: t.db, listen: t.listen, close: async () => {} };
  cache = createAvailabilityCache(other.listen);
  await until(() => cache.listening);
});
afterAll(async () => {
  await cache?.close();
  await other?.close();
  await t?.close();
});

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function availabilityOnOther(now = NOW, query = QUERY): Promise<Body> {
  const res = await handleAvailabilityRequest(other.db, new URL(`http://localhost/api/availability?${query}`), now, cache);
  expect(res.status).toBe(200);
  return (await res.json()) as Body;
}

describe(`availability cache (${driver})`, () => {
  it("keeps an answer and serves it again without reading the database", async () => {
    const first = await availabilityOnOther();
    expect(first.slots.length).toBeGreaterThan(20);
    expect(cache.get(KEY, NOW.getTime())).toBe(JSON.stringify({ timezone: "Europe/Paris", ...first }));
    // A change made behind the triggers' back (they are what notifies) shows the answer is served from memory.
    await t.db.execute(sql`alter table availability_rules disable trigger user`);
    try {
      await t.db.delete(s.availabilityRules).where(eq(s.availabilityRules.coachId, coach.id));
      expect(await availabilityOnOther()).toEqual(first);
    } finally {
      await t.db.execute(sql`alter table availability_rules enable trigger user`);
    }
    // Any later change notifies: the next answer is read afresh and sees the rules gone.
    await t.db.update(s.coaches).set({ bufferAfterMinutes: 15 }).where(eq(s.coaches.id, coach.id));
    await until(() => cache.get(KEY, NOW.getTime()) === undefined);
    expect((await availabilityOnOther()).slots).toEqual([]);
  });

  it("forgets its answers when another instance books a slot, and the slot is gone", async () => {
    await t.db.insert(s.availabilityRules).values(
      [1, 2, 3, 4, 5].map((weekday) => ({ coachId: coach.id, weekday, startTime: "09:00", endTime: "17:00" })),
    );
    await until(() => cache.get(KEY, NOW.getTime()) === undefined);
    const before = await availabilityOnOther();
    const taken = before.slots[3];
    expect(cache.get(KEY, NOW.getTime())).toBeDefined();

    await bookSlot(t.db, { typeSlug: "discovery", start: new Date(taken.start), ...person(1) }, NOW);
    await until(() => cache.get(KEY, NOW.getTime()) === undefined);
    const after = await availabilityOnOther();
    expect(after.slots.map((x) => x.start)).not.toContain(taken.start);
    expect(after.slots.length).toBeLessThan(before.slots.length);
  });

  it("forgets its answers when a booking is cancelled, an override or a meeting type changes", async () => {
    const changes = [
      () => t.db.update(s.bookings).set({ status: "cancelled" }).where(eq(s.bookings.coachId, coach.id)),
      () => t.db.insert(s.availabilityOverrides).values({ coachId: coach.id, date: "2027-03-09", ranges: [] }),
      () => t.db.update(s.meetingTypes).set({ durationMinutes: 45 }).where(eq(s.meetingTypes.slug, "discovery")),
    ];
    for (const change of changes) {
      await availabilityOnOther();
      expect(cache.get(KEY, NOW.getTime())).toBeDefined();
      await change();
      await until(() => cache.get(KEY, NOW.getTime()) === undefined);
    }
    const now = (await availabilityOnOther()).slots;
    expect(now.some((x) => x.start.startsWith("2027-03-09"))).toBe(false);
    expect(Date.parse(now[0].end) - Date.parse(now[0].start)).toBe(45 * 60_000);
  });

  it("keeps its answers when a write is rolled back", async () => {
    await availabilityOnOther();
    await expect(
      t.db.transaction(async (tx) => {
        await tx.update(s.coaches).set({ minNoticeMinutes: 0 }).where(eq(s.coaches.id, coach.id));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    // A notification would have arrived by now (they take milliseconds).
    await new Promise((r) => setTimeout(r, 200));
    expect(cache.get(KEY, NOW.getTime())).toBeDefined();
  });

  it("expires when time alone changes the answer: the first slot falls inside the minimum notice", async () => {
    // This week, seen on its Monday morning at 08:25 (London): with 4 h of notice the first slot
    // is 12:30, which stops being offered after 08:30, sooner than the cache's 10-minute limit.
    const query = "type=discovery&from=2027-03-01&to=2027-03-05&tz=Europe/Paris";
    const key = "discovery\n2027-03-01\n2027-03-05\nEurope/Paris";
    const now = new Date(NOW.getTime() + 25 * 60_000);
    const first = await availabilityOnOther(now, query);
    const lastSame = Date.parse(first.slots[0].start) - coach.minNoticeMinutes * 60_000;
    expect(lastSame).toBe(Date.parse("2027-03-01T08:30:00Z"));
    expect(cache.get(key, lastSame)).toBeDefined();
    expect(cache.get(key, lastSame + 1)).toBeUndefined();
    const afresh = await availabilityOnOther(new Date(lastSame + 1), query);
    expect(afresh.slots).toEqual(first.slots.slice(1));
  });
});
