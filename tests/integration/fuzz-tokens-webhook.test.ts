// Secret links and the Stripe webhook with random and forged input: a random manage token or
// calendar token finds nothing (and never throws), and a webhook that is not signed with our
// secret for exactly this body is a 400 that records nothing.
import crypto from "node:crypto";
import fc from "fast-check";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/db/seed";
import { handleStripeWebhook } from "@/lib/billing/handle-stripe-webhook";
import { BookingNotFoundError, bookSlot, cancelBooking, findBooking, getSlotsForType, rescheduleBooking } from "@/lib/booking";
import { getCalendarFeed, regenerateCalendarFeedToken } from "@/lib/booking";
import { createTestDb, type TestDb } from "../support/db";
import { FAKE_WEBHOOK_SECRET, signedStripeEvent } from "../support/fake-stripe";
import { asFromHttp, nastyStrings, rowCounts } from "./fuzz-support";

const NOW = new Date("2027-03-01T08:00:00Z");
let t: TestDb;
let realToken: string;
let feedToken: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: NOW });
  const { slots } = await getSlotsForType(t.db, { typeSlug: "discovery", from: "2027-03-03", to: "2027-03-03", timezone: "Europe/London" }, NOW);
  realToken = (await bookSlot(t.db, { typeSlug: "discovery", start: slots[0].start, name: "Token Holder", email: "holder@example.com", timezone: "Europe/London" }, NOW)).manageToken;
  const [coach] = await t.db.query.coaches.findMany();
  feedToken = await regenerateCalendarFeedToken(t.db, coach.id);
});
afterAll(async () => {
  await t?.close();
});

// Near misses of a real token (one character changed, cut, extended, re-cased) and random junk.
const token = () =>
  fc.oneof(
    fc.string({ minLength: 43, maxLength: 43, unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") }),
    fc.nat(42).chain((i) => fc.constantFrom(..."Aa0-_").map((c) => realToken.slice(0, i) + c + realToken.slice(i + 1))).filter((v) => v !== realToken),
    fc.constantFrom(realToken.slice(0, 42), `${realToken}A`, realToken.toUpperCase(), ` ${realToken}`, `${realToken}.ics`, encodeURIComponent(realToken), ...nastyStrings),
    fc.string({ maxLength: 100 }),
    fc.uuid(),
  ).map(asFromHttp);

describe(`fuzz secret links (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a wrong manage token finds nothing, and cancel or reschedule by it is a typed not-found", async () => {
    const before = await rowCounts(t.db);
    await fc.assert(
      fc.asyncProperty(token(), async (value) => {
        fc.pre(value !== realToken);
        expect(await findBooking(t.db, { token: value })).toBeNull();
        await expect(cancelBooking(t.db, { token: value, actor: "invitee", now: NOW })).rejects.toBeInstanceOf(BookingNotFoundError);
        await expect(rescheduleBooking(t.db, { token: value, newStart: new Date("2027-03-04T10:00:00Z"), actor: "invitee", now: NOW })).rejects.toBeInstanceOf(BookingNotFoundError);
      }),
      { numRuns: 700 },
    );
    expect(await rowCounts(t.db)).toEqual(before);
    // The real one still works, so the property was not vacuous.
    expect((await findBooking(t.db, { token: realToken }))?.contact.email).toBe("holder@example.com");
  });

  it("a wrong calendar feed token gets no feed", async () => {
    await fc.assert(
      fc.asyncProperty(token(), async (value) => {
        fc.pre(value !== feedToken);
        expect(await getCalendarFeed(t.db, value, NOW)).toBeNull();
      }),
      { numRuns: 700 },
    );
    expect(await getCalendarFeed(t.db, feedToken, NOW)).toContain("BEGIN:VCALENDAR");
  });
});

describe(`fuzz the Stripe webhook (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  const stripe = new Stripe("sk_test_fuzz_0123456789");
  const deps = () => ({ stripe, webhookSecret: FAKE_WEBHOOK_SECRET, authSecret: "fuzz-secret-fuzz-secret-fuzz-secret-12", publicUrl: "http://localhost", now: new Date() });
  const event = signedStripeEvent("checkout.session.completed", { id: "cs_test_fuzz", object: "checkout.session", payment_status: "paid", metadata: {} });

  // Forgeries: no header, junk headers, a right-shaped header for another secret or an old
  // timestamp, the real signature over a changed body.
  const forged = fc.oneof(
    fc.record({ body: fc.constant(event.payload), signature: fc.oneof(fc.constant(null), fc.string({ maxLength: 120 }), fc.constantFrom(...nastyStrings)) }),
    fc.record({
      body: fc.constant(event.payload),
      signature: fc.tuple(fc.integer({ min: 0, max: 2 ** 31 }), fc.stringMatching(/^[0-9a-f]{64}$/)).map(([ts, hex]) => `t=${ts},v1=${hex}`),
    }),
    fc.string({ minLength: 1, maxLength: 40 }).map((secret) => ({ body: event.payload, signature: signedStripeEvent("checkout.session.completed", {}, { secret: `whsec_${secret}` }).signature })),
    fc.constant({ body: event.payload, signature: signedStripeEvent("checkout.session.completed", {}, { timestamp: Math.floor(Date.now() / 1000) - 3600 }).signature }),
    fc.tuple(fc.nat(event.payload.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([i, c]) => ({ body: event.payload.slice(0, i) + c + event.payload.slice(i + 1), signature: event.signature })).filter((f) => f.body !== event.payload),
    fc.record({ body: fc.oneof(fc.string({ maxLength: 300 }), fc.json()), signature: fc.constant(event.signature) }),
  );

  it("anything not signed with our secret for exactly this body is a 400 that records nothing", async () => {
    const before = await rowCounts(t.db);
    await fc.assert(
      fc.asyncProperty(forged.map(asFromHttp), async ({ body, signature }) => {
        const result = await handleStripeWebhook(t.db, { rawBody: body, signature }, deps());
        expect(result.status).toBe(400);
        expect("error" in result.body && result.body.error.length).toBeGreaterThan(5);
      }),
      { numRuns: 800 },
    );
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("the genuine event is accepted, so the forgeries were refused for their signature", async () => {
    const genuine = signedStripeEvent("customer.created", { id: `cus_${crypto.randomBytes(4).toString("hex")}`, object: "customer" });
    const result = await handleStripeWebhook(t.db, { rawBody: genuine.payload, signature: genuine.signature }, deps());
    expect(result.status).toBe(200);
  });
});
