import { z } from "zod";
import type { Db } from "@/db/client";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { CHECKOUT_RATE_LIMITED_MESSAGE, checkoutErrorMessage, PAYMENTS_NOT_SET_UP_MESSAGE } from "./checkout-messages";
import { createCheckoutSession, type CheckoutRequest } from "./create-checkout-session";
import { paymentSettings } from "./stripe-client";

/** The one field a buy button posts. */
export const buyPackageSchema = z.object({ packageId: z.uuid() });
export const PACKAGE_UNAVAILABLE_MESSAGE = "That package is no longer available.";

/**
 * What every buy button does once it knows who buys: payments configured? within the rate limit?
 * then a Checkout Session. Returns its URL, or a message for the buyer; bugs are thrown.
 */
export async function startCheckout(db: Db, req: CheckoutRequest, rateLimitKeys: (string | null | undefined)[]): Promise<{ url: string } | { error: string }> {
  const settings = paymentSettings();
  if (!settings) return { error: PAYMENTS_NOT_SET_UP_MESSAGE };
  const limit = await consumeRateLimit(db, "checkout", rateLimitKeys);
  if (!limit.ok) return { error: CHECKOUT_RATE_LIMITED_MESSAGE };
  try {
    const { url } = await createCheckoutSession(db, settings.stripe, req);
    return { url };
  } catch (err) {
    const message = checkoutErrorMessage(err);
    if (!message) throw err;
    if (err instanceof Error && err.cause) console.error("Stripe checkout failed", err.cause);
    return { error: message };
  }
}
