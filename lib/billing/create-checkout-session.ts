import type Stripe from "stripe";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { packages } from "@/db/schema";
import { CheckoutUnavailableError, PackageUnavailableError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";

export type CheckoutRequest = {
  /** Only this coach's packages can be bought (the practice coach, or the client's coach). */
  coachId: string;
  packageId: string;
  /** Pre-fills Stripe's email field when the buyer is known. */
  email?: string | null;
  /** Links the purchase to this contact when the buyer is a signed-in client. */
  contactId?: string | null;
  publicUrl: string;
  successPath: string;
  cancelPath: string;
};

/**
 * Starts a Stripe Checkout for one package in payment mode. Nothing is granted here: the purchase
 * is recorded when Stripe's checkout.session.completed webhook arrives.
 */
export async function createCheckoutSession(db: Db, stripe: Stripe, req: CheckoutRequest): Promise<{ id: string; url: string }> {
  if (!isUuid(req.packageId)) throw new PackageUnavailableError();
  const [pkg] = await db
    .select()
    .from(packages)
    .where(and(eq(packages.id, req.packageId), eq(packages.coachId, req.coachId), eq(packages.active, true)));
  if (!pkg || pkg.priceCents <= 0) throw new PackageUnavailableError();

  const metadata: Record<string, string> = { packageId: pkg.id };
  if (req.contactId) metadata.contactId = req.contactId;
  if (req.email) metadata.email = req.email;

  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: pkg.currency,
            unit_amount: pkg.priceCents,
            product_data: { name: pkg.name, ...(pkg.description ? { description: pkg.description } : {}) },
          },
        },
      ],
      ...(req.email ? { customer_email: req.email } : {}),
      metadata,
      payment_intent_data: { metadata },
      success_url: `${req.publicUrl}${withSessionId(req.successPath)}`,
      cancel_url: `${req.publicUrl}${req.cancelPath}`,
    });
  } catch (err) {
    throw new CheckoutUnavailableError(undefined, { cause: err });
  }
  if (!session.url) throw new CheckoutUnavailableError();
  return { id: session.id, url: session.url };
}

// Stripe replaces the literal {CHECKOUT_SESSION_ID} with the session's id on the way back.
function withSessionId(path: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}session_id={CHECKOUT_SESSION_ID}`;
}
