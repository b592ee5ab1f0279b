import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import fc from "fast-check";
import * as s from "@/db/schema";
import { handleCreateBookingRequest } from "@/lib/booking";
import { createTestDb, type TestDb } from "../support/db";
import { count, NOW, seedPractice, slotsOn } from "./booking.fixture";

let t: TestDb;
let offered: string[] = [];
beforeAll(async () => {
  t = await createTestDb();
  await seedPractice(t.db);
  offered = (await slotsOn(t.db, "discovery", "2027-03-10")).map((d) => d.toISOString());
});
afterAll(async () => {
  await t?.close();
});

// Values near the contract (so many bodies get deep into validation and booking) mixed with junk.
const nearly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: fc.anything() });
const body = fc.record(
  {
    type: nearly(fc.constantFrom("discovery", "coaching-session", "nope", "", "DISCOVERY")),
    start: nearly(
      fc.oneof(
        fc.constantFrom(...["2027-03-10T09:00:00Z", "2027-03-13T10:00:00Z", "2027-03-10T09:00:00", "not a date", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00"]),
        fc.date({ min: new Date("2026-01-01"), max: new Date("2028-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.integer({ min: 0, max: 13 }).map((i) => offered[i] ?? "2027-03-10T09:00:00Z"),
      ),
    ),
    name: nearly(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.constant("\u0000"))),
    email: nearly(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 }), fc.constant("İ@example.com"))),
    timezone: nearly(fc.constantFrom("Europe/Paris", "UTC", "America/New_York", "Asia/Kolkata", "Mars/Olympus", "+01:00", "europe/paris", "")),
    answers: nearly(fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom("In a job", "5+ years")), { maxKeys: 5 })),
    source: nearly(fc.string({ maxLength: 200 })),
  },
  { requiredKeys: [] },
);
// Bodies that are valid but for the time: these reach the booking transaction (201 or 409).
const wellFormed = fc.record({
  type: fc.constant("discovery"),
  start: fc.oneof(fc.integer({ min: 0, max: 13 }).map((i) => offered[i] ?? "2027-03-10T09:00:00Z"), fc.date({ min: new Date("2027-03-01"), max: new Date("2027-04-01"), noInvalidDate: true }).map((d) => d.toISOString())),
  name: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom("Ann Lee", "Bo", "Zoë Ω")),
  email: fc.oneof(fc.emailAddress(), fc.stringMatching(/^[a-z0-9]{1,10}$/).map((local) => `${local}@example.com`)),
  timezone: fc.constantFrom("Europe/Paris", "America/New_York"),
});
const rawText = fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.constant(""), fc.constant("null"), fc.constant('{"type":'));

describe(`fuzz POST /api/bookings (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("never answers 5xx and never writes anything unless it answers 201", async () => {
    const snapshot = async () => [await count(t.db, s.bookings), await count(t.db, s.contacts), await count(t.db, s.emailOutbox), await count(t.db, s.activities)];
    let before = await snapshot();
    let run = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: body.map((b) => JSON.stringify(b)) }, { weight: 2, arbitrary: wellFormed.map((b) => JSON.stringify(b)) }, { weight: 1, arbitrary: rawText }), async (text) => {
        run += 1;
        const request = new Request("http://localhost/api/bookings", { method: "POST", headers: { "content-type": "application/json", [CLIENT_IP_HEADER]: `10.9.${run >> 8}.${run & 255}` }, body: text });
        const res = await handleCreateBookingRequest(t.db, request, NOW);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBeLessThan(500);
        expect([201, 400, 409, 422, 429]).toContain(res.status);
        const json = (await res.json()) as Record<string, unknown>;
        const after = await snapshot();
        if (res.status === 201) {
          expect(typeof json.id).toBe("string");
          before = after;
        } else {
          expect(typeof json.error).toBe("string");
          expect(after).toEqual(before);
        }
      }),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20271) },
    );
    // The generator must reach the deep paths, not only the JSON check.
    expect(statuses.get(422) ?? 0).toBeGreaterThan(50);
    expect((statuses.get(201) ?? 0) + (statuses.get(409) ?? 0)).toBeGreaterThan(0);
  });
});
