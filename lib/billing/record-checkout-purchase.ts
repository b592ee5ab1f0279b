import { createElement } from "react";
import type Stripe from "stripe";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, packages, purchases, type Contact, type Purchase } from "@/db/schema";
import PaymentCoachNotificationEmail from "@/emails/payment-coach-notification";
import PaymentReceiptEmail from "@/emails/payment-receipt";
import { addActivity } from "@/lib/crm/activities";
import { normalizeEmail, upsertContactByEmail } from "@/lib/crm/contacts";
import { grantPortalAccess, PortalAccessError } from "@/lib/crm/portal-access";
import { enqueueEmail } from "@/lib/email/outbox";
import { getCoachContactDetails } from "./coach-of-package";
import { formatInZone, formatMoney } from "@/lib/format";
import { isUuid } from "@/lib/validation";
import { creditsExpireAt } from "./credit-expiry";

export type WebhookContext = { eventId: string; authSecret: string; publicUrl: string; now: Date };

export type RecordPurchaseResult =
  | { recorded: true; purchase: Purchase; contact: Contact; contactCreated: boolean }
  | { recorded: false; reason: "not_paid" | "not_ours" | "no_email" | "already_recorded" };

/**
 * A paid checkout becomes a purchase: the buyer's contact (created or found by email, moved to
 * `client`), the credits, portal access for a new client, a receipt, a note to the coach and a
 * timeline entry. Runs inside the webhook's transaction; a checkout already recorded changes nothing.
 */
export async function recordCheckoutPurchase(db: Db, session: Stripe.Checkout.Session, ctx: WebhookContext): Promise<RecordPurchaseResult> {
  if (session.mode !== "payment") return { recorded: false, reason: "not_ours" };
  if (session.payment_status !== "paid" && session.payment_status !== "no_payment_required") return { recorded: false, reason: "not_paid" };
  const packageId = session.metadata?.packageId;
  if (!packageId || !isUuid(packageId)) return { recorded: false, reason: "not_ours" };
  const [pkg] = await db.select().from(packages).where(eq(packages.id, packageId));
  if (!pkg) return { recorded: false, reason: "not_ours" };

  const linked = await linkedContact(db, pkg.coachId, session.metadata?.contactId);
  const paidEmail = session.customer_details?.email ?? session.customer_email ?? session.metadata?.email ?? null;
  const email = linked?.email ?? (paidEmail ? normalizeEmail(paidEmail) : null);
  if (!email) return { recorded: false, reason: "no_email" };
  const name = session.customer_details?.name?.trim() || linked?.name || email.split("@")[0];

  const { contact: upserted, created } = await upsertContactByEmail(db, { coachId: pkg.coachId, email, name, stage: "client", source: "purchase", now: ctx.now });
  const contact = await returnAlumnusToClient(db, upserted, ctx.now);

  const [purchase] = await db
    .insert(purchases)
    .values({
      contactId: contact.id,
      packageId: pkg.id,
      stripeCheckoutSessionId: session.id,
      stripePaymentIntentId: paymentIntentId(session.payment_intent),
      amountCents: session.amount_total ?? pkg.priceCents,
      currency: (session.currency ?? pkg.currency).toLowerCase(),
      sessionsTotal: pkg.sessionCount,
      sessionsRemaining: pkg.sessionCount,
      expiresAt: creditsExpireAt(pkg, ctx.now),
      createdAt: ctx.now,
    })
    // Any unique key (checkout session, payment intent) already taken means this payment is recorded.
    .onConflictDoNothing()
    .returning();
  if (!purchase) return { recorded: false, reason: "already_recorded" };

  const amount = formatMoney(purchase.amountCents, purchase.currency);
  await addActivity(db, contact.id, "paid", `Bought ${pkg.name} (${amount})`, {
    purchaseId: purchase.id, packageId: pkg.id, amountCents: purchase.amountCents, currency: purchase.currency, sessions: purchase.sessionsTotal,
  });

  const coach = await getCoachContactDetails(db, pkg.coachId);
  const coachName = coach?.displayName ?? "your coach";
  if (!contact.userId) {
    try {
      await grantPortalAccess(db, { contactId: contact.id, coachName, reason: "purchase", secret: ctx.authSecret, publicUrl: ctx.publicUrl, now: ctx.now });
    } catch (err) {
      // A coach's own address buying a package gets no client account; the payment still counts.
      if (!(err instanceof PortalAccessError)) throw err;
    }
  }

  const receipt = {
    name: contact.name, coachName, packageName: pkg.name, amount, sessions: purchase.sessionsTotal,
    paidOn: formatInZone(ctx.now, coach?.timezone ?? "UTC", "longDate"), reference: session.id, portalUrl: `${ctx.publicUrl}/portal/packages`,
  };
  await enqueueEmail(db, {
    to: contact.email, contactId: contact.id, subject: PaymentReceiptEmail.subject(receipt), kind: "payment_receipt",
    body: createElement(PaymentReceiptEmail, receipt), dedupeKey: `payment-receipt:${ctx.eventId}`, now: ctx.now,
  });
  if (coach) {
    const note = {
      contactName: contact.name, contactEmail: contact.email, packageName: pkg.name, amount, sessions: purchase.sessionsTotal,
      newContact: created, contactUrl: `${ctx.publicUrl}/coach/contacts/${contact.id}`,
    };
    await enqueueEmail(db, {
      to: coach.email, contactId: contact.id, subject: PaymentCoachNotificationEmail.subject(note), kind: "payment_coach_notification",
      body: createElement(PaymentCoachNotificationEmail, note), dedupeKey: `payment-coach:${ctx.eventId}`, now: ctx.now,
    });
  }
  return { recorded: true, purchase, contact, contactCreated: created };
}

// The signed-in client who started the checkout, when the metadata names one of this coach's contacts.
async function linkedContact(db: Db, coachId: string, contactId: string | undefined): Promise<Contact | null> {
  if (!contactId || !isUuid(contactId)) return null;
  const [row] = await db.select().from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.coachId, coachId)));
  return row ?? null;
}

// Stages only move forward, but an alumnus who buys again is a client again.
async function returnAlumnusToClient(db: Db, contact: Contact, now: Date): Promise<Contact> {
  if (contact.stage !== "alumni") return contact;
  const [updated] = await db.update(contacts).set({ stage: "client", updatedAt: now }).where(eq(contacts.id, contact.id)).returning();
  await addActivity(db, contact.id, "stage_changed", "Stage: alumni → client", { from: "alumni", to: "client" });
  return updated;
}

function paymentIntentId(value: string | Stripe.PaymentIntent | null): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}
