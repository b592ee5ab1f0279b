import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe("rate limits in the database store", () => {
  it("allows the bucket's points, then refuses with a retry delay", async () => {
    const limit = RATE_LIMITS.contact.points;
    for (let i = 0; i < limit; i++) {
      expect(await consumeRateLimit(t.db, "contact", ["203.0.113.7"])).toEqual({ ok: true });
    }
    const refused = await consumeRateLimit(t.db, "contact", ["203.0.113.7"]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // Another key and another bucket are unaffected.
    expect(await consumeRateLimit(t.db, "contact", ["198.51.100.1"])).toEqual({ ok: true });
    expect(await consumeRateLimit(t.db, "booking", ["203.0.113.7"])).toEqual({ ok: true });
  });

  it("counts every key given: an email over its limit is refused from a fresh address", async () => {
    for (let i = 0; i < RATE_LIMITS.signIn.points; i++) await consumeRateLimit(t.db, "signIn", [`10.0.0.${i}`, "Someone@Example.com"]);
    const refused = await consumeRateLimit(t.db, "signIn", ["10.0.1.1", "someone@example.com"]);
    expect(refused.ok).toBe(false);
  });
});
