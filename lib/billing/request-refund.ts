import type Stripe from "stripe";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, packages, purchases } from "@/db/schema";
import { creditsToRevoke } from "./credits-to-revoke";
import { RefundNotPossibleError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

/** A coach's purchase with what can still be refunded, or null when it is not theirs. */
export async function getRefundablePurchase(db: Db, coachId: string, purchaseId: string) {
  if (!isUuid(purchaseId)) return null;
  const [row] = await db
    .select({ purchase: purchases, contactName: contacts.name, contactEmail: contacts.email, packageName: packages.name })
    .from(purchases)
    .innerJoin(contacts, eq(contacts.id, purchases.contactId))
    .innerJoin(packages, eq(packages.id, purchases.packageId))
    .where(and(eq(purchases.id, purchaseId), eq(contacts.coachId, coachId)));
  if (!row) return null;
  return { ...row, refundableCents: row.purchase.amountCents - row.purchase.refundedCents };
}

/** How many unused credits a refund of `amountCents` would remove, by the webhook's rule. */
export function previewCreditsRevoked(purchase: { sessionsTotal: number; sessionsRemaining: number; amountCents: number; refundedCents: number }, amountCents: number): number {
  return creditsToRevoke({
    sessionsTotal: purchase.sessionsTotal, sessionsRemaining: purchase.sessionsRemaining, amountCents: purchase.amountCents,
    previousRefundedCents: purchase.refundedCents, refundedCents: purchase.refundedCents + amountCents,
  });
}

/**
 * Asks Stripe to refund part or all of a purchase. Nothing changes here: Stripe's charge.refunded
 * webhook updates the purchase, revokes credits and notifies, exactly as for a refund made in
 * Stripe's dashboard. The idempotency key makes a double submit one refund.
 */
export async function requestRefund(db: Db, stripe: Stripe, input: { coachId: string; purchaseId: string; amountCents: number }): Promise<{ refundId: string }> {
  const found = await getRefundablePurchase(db, input.coachId, input.purchaseId);
  if (!found) throw new RefundNotPossibleError("That payment does not exist.");
  const { purchase, refundableCents } = found;
  if (!purchase.stripePaymentIntentId) throw new RefundNotPossibleError("This purchase was not paid through Stripe, so it cannot be refunded here.");
  if (refundableCents <= 0) throw new RefundNotPossibleError("This payment is already fully refunded.");
  if (!Number.isInteger(input.amountCents) || input.amountCents <= 0) throw new RefundNotPossibleError("Enter an amount to refund.");
  if (input.amountCents > refundableCents) throw new RefundNotPossibleError("That is more than what is left to refund.");
  try {
    const refund = await stripe.refunds.create(
      { payment_intent: purchase.stripePaymentIntentId, amount: input.amountCents, metadata: { purchaseId: purchase.id } },
      { idempotencyKey: `refund:${purchase.id}:${purchase.refundedCents}:${input.amountCents}` },
    );
    return { refundId: refund.id };
  } catch (err) {
    const message = (err as { type?: string; message?: string }).type === "StripeInvalidRequestError" ? `Stripe refused the refund: ${(err as Error).message}` : "Stripe could not be reached. Please try again in a few minutes.";
    throw new RefundNotPossibleError(message, { cause: err });
  }
}
