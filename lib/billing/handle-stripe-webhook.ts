import type Stripe from "stripe";
import type { Db } from "@/db/client";
import { stripeEvents } from "@/db/schema";
import { applyChargeRefund } from "./apply-charge-refund";
import { recordCheckoutPurchase } from "./record-checkout-purchase";
import { withTransaction } from "@/db/transaction";
import { SQLSTATE, sqlState } from "@/db/sql-state";

export type StripeWebhookDeps = {
  stripe: Stripe;
  webhookSecret: string;
  /** For the sign-in link in a new client's portal invitation. */
  authSecret: string;
  publicUrl: string;
  now: Date;
};

export type StripeWebhookResult =
  | { status: 200; body: { received: true; duplicate?: true } }
  | { status: 400; body: { error: string } };

/** Events that change something here; every other verified event is only recorded. */
export const HANDLED_STRIPE_EVENTS = ["checkout.session.completed", "checkout.session.async_payment_succeeded", "charge.refunded"] as const;

/**
 * Verifies a Stripe webhook delivery against the raw body and applies it once. The event id is
 * recorded in the same transaction as its effects, so a replay (sequential or concurrent) finds it
 * already there and changes nothing, and a failure leaves no trace for Stripe's retry to trip on.
 */
export async function handleStripeWebhook(db: Db, input: { rawBody: string; signature: string | null }, deps: StripeWebhookDeps): Promise<StripeWebhookResult> {
  if (!input.signature) return { status: 400, body: { error: "Missing Stripe-Signature header" } };
  let event: Stripe.Event;
  try {
    event = deps.stripe.webhooks.constructEvent(input.rawBody, input.signature, deps.webhookSecret, undefined, undefined, deps.now.getTime());
  } catch {
    return { status: 400, body: { error: "Invalid Stripe signature" } };
  }
  const ctx = { eventId: event.id, authSecret: deps.authSecret, publicUrl: deps.publicUrl, now: deps.now };

  const fresh = await retryOnConflict(() =>
    withTransaction(db, async (t) => {
      const inserted = await t.insert(stripeEvents).values({ id: event.id, type: event.type, receivedAt: deps.now }).onConflictDoNothing().returning({ id: stripeEvents.id });
      if (!inserted.length) return false;
      switch (event.type) {
        case "checkout.session.completed":
        case "checkout.session.async_payment_succeeded":
          await recordCheckoutPurchase(t, event.data.object, ctx);
          break;
        case "charge.refunded":
          await applyChargeRefund(t, event.data.object, ctx);
          break;
        default:
          break;
      }
      return true;
    }),
  );
  return fresh ? { status: 200, body: { received: true } } : { status: 200, body: { received: true, duplicate: true } };
}

// Two deliveries racing on PostgreSQL: the loser's unique violation (or serialization failure) means
// the winner has committed; running again then finds the event or the purchase already recorded.
async function retryOnConflict<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
    }
  }
}

function isRetryable(err: unknown): boolean {
  const code = sqlState(err);
  return code === SQLSTATE.uniqueViolation || code === SQLSTATE.serializationFailure || code === SQLSTATE.deadlockDetected;
}
