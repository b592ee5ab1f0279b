import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { handleAvailabilityRequest, handleCreateBookingRequest } from "@/lib/booking";
import { isExclusionViolation } from "@/db/sql-state";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { createTestDb, type TestDb } from "../support/db";
import { count, NOW, seedPractice, slotsOn } from "./booking.fixture";

let t: TestDb;
let coach: s.Coach;
beforeAll(async () => {
  t = await createTestDb();
  coach = await seedPractice(t.db);
});
afterAll(async () => {
  await t?.close();
});

const availability = (query: string) => handleAvailabilityRequest(t.db, new URL(`http://localhost/api/availability?${query}`), NOW);
let ipCounter = 0;
const post = (body: unknown, ip = `192.0.2.${++ipCounter % 250}`) =>
  handleCreateBookingRequest(t.db, new Request("http://localhost/api/bookings", { method: "POST", headers: { [CLIENT_IP_HEADER]: ip }, body: typeof body === "string" ? body : JSON.stringify(body) }), NOW);

describe(`GET /api/availability (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("answers slots with the viewer's offset", async () => {
    const res = await availability("type=discovery&from=2027-03-08&to=2027-03-12&tz=Europe/Paris");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { timezone: string; slots: { start: string; end: string }[] };
    expect(body.timezone).toBe("Europe/Paris");
    expect(body.slots.length).toBeGreaterThan(20);
    expect(body.slots[0].start).toMatch(/^2027-03-08T\d\d:\d\d:00\+01:00$/);
    for (const slot of body.slots) expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(30 * 60_000);
    // London 09:00 is 10:00 in Paris: the first slot of Monday.
    expect(body.slots[0].start).toBe("2027-03-08T10:00:00+01:00");
  });

  it("crosses the spring clock change in New York with the right offsets", async () => {
    const res = await availability("type=discovery&from=2027-03-12&to=2027-03-16&tz=America/New_York");
    const body = (await res.json()) as { slots: { start: string }[] };
    expect(body.slots.some((x) => x.start.startsWith("2027-03-12T") && x.start.endsWith("-05:00"))).toBe(true);
    expect(body.slots.some((x) => x.start.startsWith("2027-03-15T") && x.start.endsWith("-04:00"))).toBe(true);
  });

  it.each([
    ["missing everything", ""],
    ["missing tz", "type=discovery&from=2027-03-08&to=2027-03-12"],
    ["missing type", "from=2027-03-08&to=2027-03-12&tz=UTC"],
    ["bad date", "type=discovery&from=2027-02-30&to=2027-03-12&tz=UTC"],
    ["date not in YYYY-MM-DD", "type=discovery&from=08/03/2027&to=2027-03-12&tz=UTC"],
    ["to before from", "type=discovery&from=2027-03-12&to=2027-03-08&tz=UTC"],
    ["range over 62 days", "type=discovery&from=2027-03-01&to=2027-05-02&tz=UTC"],
    ["unknown time zone", "type=discovery&from=2027-03-08&to=2027-03-12&tz=Mars/Olympus"],
    ["offset instead of zone", "type=discovery&from=2027-03-08&to=2027-03-12&tz=%2B01:00"],
    ["unknown type", "type=nope&from=2027-03-08&to=2027-03-12&tz=UTC"],
    ["type for clients only", "type=coaching-session&from=2027-03-08&to=2027-03-12&tz=UTC"],
    ["malformed type", "type=Not%20A%20Slug&from=2027-03-08&to=2027-03-12&tz=UTC"],
  ])("400 for %s", async (_name, query) => {
    const res = await availability(query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(typeof body.error).toBe("string");
    expect(body.error.length).toBeGreaterThan(0);
  });

  it("62 days is still fine", async () => {
    expect((await availability("type=discovery&from=2027-03-01&to=2027-05-01&tz=UTC")).status).toBe(200);
  });
});

describe(`POST /api/bookings (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("201 with id, start and end in the invitee's zone, and the manage link", async () => {
    const [start] = await slotsOn(t.db, "discovery", "2027-03-10");
    const res = await post({ type: "discovery", start: start.toISOString(), name: "Ada Api", email: "ada@example.com", timezone: "Asia/Kolkata", answers: { horizon: "1-2 years" }, source: "partner-site" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; start: string; end: string; manageUrl: string };
    expect(body.start).toMatch(/\+05:30$/);
    expect(Date.parse(body.start)).toBe(start.getTime());
    expect(body.manageUrl).toMatch(/\/booking\/[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.select().from(s.bookings).where(eq(s.bookings.id, body.id));
    expect(row.source).toBe("partner-site");
    expect(row.inviteeTimezone).toBe("Asia/Kolkata");
  });

  it("409 for a time that is not offered, or just taken", async () => {
    const [start] = await slotsOn(t.db, "discovery", "2027-03-11");
    const body = { type: "discovery", start: start.toISOString(), name: "Bo", email: "bo@example.com", timezone: "UTC" };
    expect((await post(body)).status).toBe(201);
    const again = await post({ ...body, email: "other@example.com" });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toMatch(/no longer available/);
    expect((await post({ ...body, start: "2027-03-13T10:00:00Z" })).status).toBe(409); // Saturday
  });

  it.each([
    ["not JSON", 400, "{nope"],
    ["an array", 400, "[]"],
    ["no fields", 422, {}],
    ["a bad email", 422, { type: "discovery", start: "2027-03-10T10:00:00Z", name: "X", email: "nope", timezone: "UTC" }],
    ["a start without offset", 422, { type: "discovery", start: "2027-03-10T10:00:00", name: "X", email: "x@example.com", timezone: "UTC" }],
    ["an unknown zone", 422, { type: "discovery", start: "2027-03-10T10:00:00Z", name: "X", email: "x@example.com", timezone: "Nowhere/Land" }],
    ["an unknown type", 422, { type: "nope", start: "2027-03-10T10:00:00Z", name: "X", email: "x@example.com", timezone: "UTC" }],
    ["a clients-only type", 422, { type: "coaching-session", start: "2027-03-10T10:00:00Z", name: "X", email: "x@example.com", timezone: "UTC" }],
    ["an answer not among the options", 422, { type: "discovery", start: "2027-03-10T10:00:00Z", name: "X", email: "x@example.com", timezone: "UTC", answers: { horizon: "forever" } }],
    ["a NUL in the name", 422, { type: "discovery", start: "2027-03-10T10:00:00Z", name: "X\u0000Y", email: "x@example.com", timezone: "UTC" }],
  ])("%s -> %i, with issues, nothing written", async (_name, status, body) => {
    const before = [await count(t.db, s.bookings), await count(t.db, s.contacts), await count(t.db, s.emailOutbox)];
    const res = await post(body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: string; issues?: unknown[] };
    expect(json.error).toBeTruthy();
    if (status === 422) expect(Array.isArray(json.issues)).toBe(true);
    expect([await count(t.db, s.bookings), await count(t.db, s.contacts), await count(t.db, s.emailOutbox)]).toEqual(before);
  });

  it("429 with Retry-After after too many attempts from one address", async () => {
    const previous = process.env.AMBIT_RATE_LIMITS;
    delete process.env.AMBIT_RATE_LIMITS;
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= RATE_LIMITS.booking.points; i++) statuses.push((await post({ type: "discovery" }, "203.0.113.99")).status);
      expect(statuses.slice(0, -1).every((x) => x === 422)).toBe(true);
      const limited = await post({ type: "discovery" }, "203.0.113.99");
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      if (previous !== undefined) process.env.AMBIT_RATE_LIMITS = previous;
    }
  });

  it("the database's exclusion constraint is recognised as a taken slot", async () => {
    const [booking] = await t.db.select().from(s.bookings).where(eq(s.bookings.coachId, coach.id)).limit(1);
    const clash = t.db.insert(s.bookings).values({ ...booking, id: undefined, manageTokenHash: null, status: "confirmed" });
    const err = await clash.then(() => null, (e: unknown) => e);
    expect(isExclusionViolation(err)).toBe(true);
  });
});
