import { createElement } from "react";
import type Stripe from "stripe";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, packages, purchases, type Purchase } from "@/db/schema";
import RefundCoachNotificationEmail from "@/emails/refund-coach-notification";
import RefundConfirmationEmail from "@/emails/refund-confirmation";
import { addActivity } from "@/lib/crm/activities";
import { enqueueEmail } from "@/lib/email/outbox";
import { getCoachContactDetails } from "./coach-of-package";
import { creditsToRevoke } from "./credits-to-revoke";
import { formatMoney } from "@/lib/format";
import type { WebhookContext } from "./record-checkout-purchase";

export type ApplyRefundResult =
  | { applied: true; purchase: Purchase; creditsRevoked: number; refundedNowCents: number }
  | { applied: false; reason: "unknown_payment" | "nothing_new" };

/**
 * A refund seen on Stripe: the purchase's refunded amount follows the charge's running total,
 * unused credits are revoked by the rule in creditsToRevoke, the status becomes partially_refunded
 * or refunded, and the timeline, the coach and the client hear of it. A stale or repeated refund
 * (a running total not above what is recorded) changes nothing.
 */
export async function applyChargeRefund(db: Db, charge: Stripe.Charge, ctx: WebhookContext): Promise<ApplyRefundResult> {
  const paymentIntent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntent) return { applied: false, reason: "unknown_payment" };
  // Locked so two refunds of one payment arriving together are applied one after the other.
  const [before] = await db.select().from(purchases).where(eq(purchases.stripePaymentIntentId, paymentIntent)).for("update");
  if (!before) return { applied: false, reason: "unknown_payment" };

  const refundedCents = Math.min(charge.amount_refunded, before.amountCents);
  if (refundedCents <= before.refundedCents) return { applied: false, reason: "nothing_new" };
  const revoked = creditsToRevoke({
    sessionsTotal: before.sessionsTotal, sessionsRemaining: before.sessionsRemaining, amountCents: before.amountCents,
    previousRefundedCents: before.refundedCents, refundedCents,
  });
  const [purchase] = await db
    .update(purchases)
    .set({ refundedCents, sessionsRemaining: before.sessionsRemaining - revoked, status: refundedCents >= before.amountCents ? "refunded" : "partially_refunded" })
    .where(eq(purchases.id, before.id))
    .returning();

  const [contact] = await db.select().from(contacts).where(eq(contacts.id, purchase.contactId));
  const [pkg] = await db.select().from(packages).where(eq(packages.id, purchase.packageId));
  const refundedNow = refundedCents - before.refundedCents;
  const money = (cents: number) => formatMoney(cents, purchase.currency);
  await addActivity(db, contact.id, "refunded", `Refunded ${money(refundedNow)} for ${pkg.name}; ${revoked} ${revoked === 1 ? "credit" : "credits"} removed`, {
    purchaseId: purchase.id, refundedCents: refundedNow, refundedTotalCents: refundedCents, creditsRevoked: revoked, creditsLeft: purchase.sessionsRemaining,
  });

  const coach = await getCoachContactDetails(db, pkg.coachId);
  if (coach) {
    const note = {
      contactName: contact.name, packageName: pkg.name, refunded: money(refundedNow), refundedTotal: money(refundedCents), paid: money(purchase.amountCents),
      creditsRevoked: revoked, creditsLeft: purchase.sessionsRemaining, contactUrl: `${ctx.publicUrl}/coach/contacts/${contact.id}`,
    };
    await enqueueEmail(db, {
      to: coach.email, contactId: contact.id, subject: RefundCoachNotificationEmail.subject(note), kind: "refund_coach_notification",
      body: createElement(RefundCoachNotificationEmail, note), dedupeKey: `refund-coach:${ctx.eventId}`, now: ctx.now,
    });
  }
  const notice = {
    name: contact.name, coachName: coach?.displayName ?? "Your coach", packageName: pkg.name, refunded: money(refundedNow),
    creditsLeft: purchase.sessionsRemaining, portalUrl: `${ctx.publicUrl}/portal/packages`,
  };
  await enqueueEmail(db, {
    to: contact.email, contactId: contact.id, subject: RefundConfirmationEmail.subject(notice), kind: "refund_confirmation",
    body: createElement(RefundConfirmationEmail, notice), dedupeKey: `refund-client:${ctx.eventId}`, now: ctx.now,
  });
  return { applied: true, purchase, creditsRevoked: revoked, refundedNowCents: refundedNow };
}
