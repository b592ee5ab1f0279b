import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { PgTable } from "drizzle-orm/pg-core";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createCheckoutSession } from "@/lib/billing/create-checkout-session";
import { handleStripeWebhook, type StripeWebhookDeps } from "@/lib/billing/handle-stripe-webhook";
import { RefundNotPossibleError } from "@/lib/errors";
import { getRefundablePurchase, previewCreditsRevoked, requestRefund } from "@/lib/billing/request-refund";
import { createStripeClient } from "@/lib/billing/stripe-client";
import { createTestDb, type TestDb } from "../support/db";
import { FAKE_STRIPE_KEY, FAKE_WEBHOOK_SECRET, signedStripeEvent, startFakeStripe, type FakeStripe } from "../support/fake-stripe";

let t: TestDb;
let fake: FakeStripe;
let stripe: Stripe;
let coach: s.Coach;
let kickstart: s.Package;
const publicUrl = "http://localhost:3000";
const deps = (): StripeWebhookDeps => ({ stripe, webhookSecret: FAKE_WEBHOOK_SECRET, authSecret: "test-secret-test-secret-test-secret-1234", publicUrl, now: new Date() });

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: new Date("2026-11-24T10:00:00Z") });
  fake = await startFakeStripe();
  stripe = createStripeClient(FAKE_STRIPE_KEY, { host: "127.0.0.1", port: fake.port, protocol: "http" });
  [coach] = await t.db.select().from(s.coaches);
  [kickstart] = await t.db.select().from(s.packages).where(eq(s.packages.name, "Career Kickstart"));
});
afterAll(async () => {
  await fake?.close();
  await t?.close();
});

async function startCheckout(opts: { email?: string; contactId?: string } = {}) {
  return createCheckoutSession(t.db, stripe, {
    coachId: coach.id, packageId: kickstart.id, email: opts.email, contactId: opts.contactId, publicUrl,
    successPath: "/services/checkout/success", cancelPath: "/services/checkout/cancel",
  });
}

function deliver(event: { payload: string; signature: string | null }) {
  return handleStripeWebhook(t.db, { rawBody: event.payload, signature: event.signature }, deps());
}

async function count(table: PgTable) {
  const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table as never);
  return n;
}

async function contactByEmail(email: string) {
  const [c] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, email));
  return c;
}

describe("Stripe webhook", () => {
  it("records a checkout round trip: session through the fake, signed completed event, credits present", async () => {
    const [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    const checkout = await startCheckout({ email: jordan.email, contactId: jordan.id });
    expect(checkout.id).toMatch(/^cs_test_/);
    expect(checkout.url).toBe(`${fake.url}/checkout/${checkout.id}`);
    const sent = fake.requests.at(-1)!;
    expect(sent.body).toMatchObject({
      mode: "payment", customer_email: "client@example.com",
      metadata: { packageId: kickstart.id, contactId: jordan.id, email: "client@example.com" },
      line_items: { 0: { quantity: "1", price_data: { currency: "gbp", unit_amount: "45000", product_data: { name: "Career Kickstart" } } } },
      success_url: `${publicUrl}/services/checkout/success?session_id={CHECKOUT_SESSION_ID}`, cancel_url: `${publicUrl}/services/checkout/cancel`,
    });
    const retrieved = await stripe.checkout.sessions.retrieve(checkout.id);
    expect(retrieved.metadata?.packageId).toBe(kickstart.id);

    const before = await t.db.select().from(s.purchases).where(eq(s.purchases.contactId, jordan.id));
    const event = signedStripeEvent("checkout.session.completed", fake.completeSession(checkout.id, { email: "client@example.com", name: "Jordan Lee" }));
    expect(await deliver(event)).toEqual({ status: 200, body: { received: true } });

    const [purchase] = await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id));
    expect(purchase).toMatchObject({ contactId: jordan.id, packageId: kickstart.id, amountCents: 45000, currency: "gbp", sessionsTotal: 3, sessionsRemaining: 3, status: "paid" });
    expect(purchase.stripePaymentIntentId).toMatch(/^pi_test_/);
    expect(await t.db.select().from(s.purchases).where(eq(s.purchases.contactId, jordan.id))).toHaveLength(before.length + 1);
    const [stored] = await t.db.select().from(s.stripeEvents).where(eq(s.stripeEvents.id, event.id));
    expect(stored.type).toBe("checkout.session.completed");
    const paid = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, jordan.id), eq(s.activities.kind, "paid")));
    expect(paid.some((a) => a.data.purchaseId === purchase.id)).toBe(true);
    const mails = await t.db.select().from(s.emailOutbox).where(sql`${s.emailOutbox.dedupeKey} like ${`%:${event.id}`}`);
    expect(mails.map((m) => [m.kind, m.toAddress]).sort()).toEqual([["payment_coach_notification", "coach@example.com"], ["payment_receipt", "client@example.com"]]);
    // Jordan already had portal access: no new invitation.
    const invites = await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.toAddress, "client@example.com"), eq(s.emailOutbox.kind, "portal_invite")));
    expect(invites).toHaveLength(0);
  });

  it("turns a purchase by an unknown email into a new client contact with portal access", async () => {
    const email = "new.buyer@example.com";
    expect(await contactByEmail(email)).toBeUndefined();
    const checkout = await startCheckout();
    const event = signedStripeEvent("checkout.session.completed", fake.completeSession(checkout.id, { email: "New.Buyer@Example.com", name: "Robin New" }));
    expect((await deliver(event)).status).toBe(200);

    const contact = await contactByEmail(email);
    expect(contact).toMatchObject({ name: "Robin New", stage: "client", coachId: coach.id });
    expect(contact.userId).toBeTruthy();
    const [user] = await t.db.select().from(s.users).where(eq(s.users.id, contact.userId!));
    expect(user).toMatchObject({ email, role: "client" });
    const [purchase] = await t.db.select().from(s.purchases).where(eq(s.purchases.contactId, contact.id));
    expect(purchase.sessionsRemaining).toBe(3);
    const kinds = (await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.toAddress, email))).map((m) => m.kind).sort();
    expect(kinds).toEqual(["payment_receipt", "portal_invite"]);
    const [invite] = await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.toAddress, email), eq(s.emailOutbox.kind, "portal_invite")));
    expect(invite.text).toContain("/api/auth/callback/email");
    const timeline = (await t.db.select().from(s.activities).where(eq(s.activities.contactId, contact.id))).map((a) => a.kind);
    expect(timeline).toEqual(expect.arrayContaining(["contact_created", "paid", "email_sent"]));
  });

  it("applies the same event delivered 100 times, one after another, once", async () => {
    const checkout = await startCheckout({ email: "sequential@example.com" });
    const event = signedStripeEvent("checkout.session.completed", fake.completeSession(checkout.id, { email: "sequential@example.com" }));
    const outboxBefore = await count(s.emailOutbox);
    const results = [];
    for (let i = 0; i < 100; i++) results.push(await deliver(event));
    expect(results.filter((r) => r.status === 200)).toHaveLength(100);
    expect(results.filter((r) => "duplicate" in r.body)).toHaveLength(99);
    expect(await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id))).toHaveLength(1);
    expect(await count(s.emailOutbox)).toBe(outboxBefore + 3); // receipt, portal invitation, the coach's note
    const contact = await contactByEmail("sequential@example.com");
    expect(await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, contact.id), eq(s.activities.kind, "paid")))).toHaveLength(1);
  });

  it("applies the same event delivered 100 times at once, once", async () => {
    const email = "concurrent@example.com";
    const checkout = await startCheckout({ email });
    const event = signedStripeEvent("checkout.session.completed", fake.completeSession(checkout.id, { email }));
    const results = await Promise.all(Array.from({ length: 100 }, () => deliver(event)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => !("duplicate" in r.body))).toHaveLength(1);
    expect(await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id))).toHaveLength(1);
    expect(await t.db.select().from(s.stripeEvents).where(eq(s.stripeEvents.id, event.id))).toHaveLength(1);
    const contact = await contactByEmail(email);
    expect(await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, contact.id), eq(s.activities.kind, "paid")))).toHaveLength(1);
    expect(await t.db.select().from(s.users).where(eq(s.users.email, email))).toHaveLength(1);
    expect(await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.toAddress, email))).toHaveLength(2);
  });

  it("records one purchase when different events carry the same checkout concurrently", async () => {
    const email = "two.events@example.com";
    const checkout = await startCheckout({ email });
    const session = fake.completeSession(checkout.id, { email });
    const events = Array.from({ length: 10 }, () => signedStripeEvent("checkout.session.completed", session));
    const results = await Promise.all(events.map(deliver));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id))).toHaveLength(1);
    expect(await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.toAddress, email), eq(s.emailOutbox.kind, "payment_receipt")))).toHaveLength(1);
  });

  it("answers 400 and writes nothing for a wrong or missing signature", async () => {
    const checkout = await startCheckout({ email: "forged@example.com" });
    const session = fake.completeSession(checkout.id, { email: "forged@example.com" });
    const tables = [s.stripeEvents, s.purchases, s.contacts, s.users, s.emailOutbox, s.activities];
    const before = await Promise.all(tables.map(count));

    const wrongSecret = signedStripeEvent("checkout.session.completed", session, { secret: "whsec_someone_else" });
    expect(await deliver(wrongSecret)).toEqual({ status: 400, body: { error: "Invalid Stripe signature" } });
    const tampered = signedStripeEvent("checkout.session.completed", session);
    expect((await deliver({ payload: tampered.payload.replace("45000", "1"), signature: tampered.signature })).status).toBe(400);
    expect((await deliver({ payload: tampered.payload, signature: null })).body).toEqual({ error: "Missing Stripe-Signature header" });
    expect((await deliver({ payload: tampered.payload, signature: "t=1,v1=abc" })).status).toBe(400);
    const stale = signedStripeEvent("checkout.session.completed", session, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await deliver(stale)).status).toBe(400);

    expect(await Promise.all(tables.map(count))).toEqual(before);
    expect(await contactByEmail("forged@example.com")).toBeUndefined();
  });

  it("revokes unused credits on refunds, in proportion, and tells the coach and the client", async () => {
    const email = "refund.me@example.com";
    const checkout = await startCheckout({ email });
    await deliver(signedStripeEvent("checkout.session.completed", fake.completeSession(checkout.id, { email, name: "Refund Me" })));
    const purchaseOf = async () => (await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id)))[0];
    const bought = await purchaseOf();
    // One of the three sessions is used before the refunds.
    await t.db.update(s.purchases).set({ sessionsRemaining: 2 }).where(eq(s.purchases.id, bought.id));

    // A third of 450.00 back: ceil(3 * 1/3) = 1 credit revoked.
    const partial = signedStripeEvent("charge.refunded", fake.refundedCharge(checkout.id, 15000));
    expect((await deliver(partial)).status).toBe(200);
    expect(await purchaseOf()).toMatchObject({ refundedCents: 15000, sessionsRemaining: 1, status: "partially_refunded" });
    // The same delivery again, or an older running total, changes nothing.
    await deliver(partial);
    await deliver(signedStripeEvent("charge.refunded", fake.refundedCharge(checkout.id, 10000)));
    expect(await purchaseOf()).toMatchObject({ refundedCents: 15000, sessionsRemaining: 1 });

    // The rest back: every remaining credit goes; the used session stays used.
    expect((await deliver(signedStripeEvent("charge.refunded", fake.refundedCharge(checkout.id, 45000)))).status).toBe(200);
    expect(await purchaseOf()).toMatchObject({ refundedCents: 45000, sessionsRemaining: 0, status: "refunded" });

    const contact = await contactByEmail(email);
    const refunds = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, contact.id), eq(s.activities.kind, "refunded")));
    expect(refunds.map((a) => a.data.creditsRevoked).sort()).toEqual([1, 1]);
    const coachNotes = await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.kind, "refund_coach_notification"), sql`${s.emailOutbox.text} like '%Refund Me%'`));
    expect(coachNotes).toHaveLength(2);
    expect(coachNotes.every((m) => m.toAddress === "coach@example.com")).toBe(true);
    expect(await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.kind, "refund_confirmation"), eq(s.emailOutbox.toAddress, email)))).toHaveLength(2);
  });

  it("records events it does not act on, and refunds of payments it does not know, without other changes", async () => {
    const other = signedStripeEvent("customer.created", { id: "cus_1", object: "customer" });
    expect(await deliver(other)).toEqual({ status: 200, body: { received: true } });
    expect(await t.db.select().from(s.stripeEvents).where(eq(s.stripeEvents.id, other.id))).toHaveLength(1);
    const purchasesBefore = await count(s.purchases);
    const stranger = signedStripeEvent("charge.refunded", { id: "ch_x", object: "charge", amount: 1000, amount_refunded: 1000, currency: "gbp", payment_intent: "pi_unknown" });
    expect((await deliver(stranger)).status).toBe(200);
    expect(await count(s.purchases)).toBe(purchasesBefore);
  });

  it("does not grant credits for a checkout whose payment has not cleared yet", async () => {
    const checkout = await startCheckout({ email: "pending@example.com" });
    const unpaid = { ...fake.completeSession(checkout.id, { email: "pending@example.com" }), payment_status: "unpaid" };
    expect((await deliver(signedStripeEvent("checkout.session.completed", unpaid))).status).toBe(200);
    expect(await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id))).toHaveLength(0);
    const paid = fake.completeSession(checkout.id, { email: "pending@example.com" });
    expect((await deliver(signedStripeEvent("checkout.session.async_payment_succeeded", paid))).status).toBe(200);
    expect(await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id))).toHaveLength(1);
  });
  it("sends a coach's refund to Stripe, and lets the webhook apply it", async () => {
    const email = "coach.refund@example.com";
    const checkout = await startCheckout({ email });
    await deliver(signedStripeEvent("checkout.session.completed", fake.completeSession(checkout.id, { email })));
    const [purchase] = await t.db.select().from(s.purchases).where(eq(s.purchases.stripeCheckoutSessionId, checkout.id));
    const found = await getRefundablePurchase(t.db, coach.id, purchase.id);
    expect(found).toMatchObject({ refundableCents: 45000, contactEmail: email, packageName: "Career Kickstart" });
    expect(previewCreditsRevoked(found!.purchase, 45000)).toBe(3);

    const [otherUser] = await t.db.insert(s.users).values({ email: "another.coach@example.com", role: "coach" }).returning();
    const [otherCoach] = await t.db.insert(s.coaches).values({ userId: otherUser.id, slug: "another-coach", displayName: "Another" }).returning();
    await expect(requestRefund(t.db, stripe, { coachId: otherCoach.id, purchaseId: purchase.id, amountCents: 100 })).rejects.toBeInstanceOf(RefundNotPossibleError);
    await expect(requestRefund(t.db, stripe, { coachId: coach.id, purchaseId: purchase.id, amountCents: 45001 })).rejects.toThrow("more than what is left");

    await requestRefund(t.db, stripe, { coachId: coach.id, purchaseId: purchase.id, amountCents: 30000 });
    // A double submit of the same refund is one refund at Stripe.
    await requestRefund(t.db, stripe, { coachId: coach.id, purchaseId: purchase.id, amountCents: 30000 });
    expect(fake.refunded.get(purchase.stripePaymentIntentId!)).toBe(30000);
    // Nothing changes until Stripe reports the refund.
    expect((await getRefundablePurchase(t.db, coach.id, purchase.id))!.purchase.refundedCents).toBe(0);
    await deliver(signedStripeEvent("charge.refunded", fake.refundedCharge(checkout.id)));
    expect((await getRefundablePurchase(t.db, coach.id, purchase.id))!.purchase).toMatchObject({ refundedCents: 30000, sessionsRemaining: 1, status: "partially_refunded" });
  });
});
