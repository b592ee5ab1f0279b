"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { BuyPackageState } from "@/app/(marketing)/services/checkout/actions";
import { requireClient } from "@/lib/auth/guards";
import { CHECKOUT_RATE_LIMITED_MESSAGE, checkoutErrorMessage, PAYMENTS_NOT_SET_UP_MESSAGE } from "@/lib/billing/checkoutMessages";
import { createCheckoutSession } from "@/lib/billing/createCheckoutSession";
import { paymentSettings } from "@/lib/billing/stripeClient";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { consumeRateLimit, clientIp } from "@/lib/security/rate-limit";

const buySchema = z.object({ packageId: z.uuid() });

/** A signed-in client buys more sessions: checkout pre-filled with their email and linked to their contact. */
export async function buyMoreSessions(_prev: BuyPackageState, formData: FormData): Promise<BuyPackageState> {
  const { contact } = await requireClient("/portal/packages");
  const parsed = buySchema.safeParse({ packageId: formData.get("packageId") });
  if (!parsed.success) return { error: "That package is no longer available." };
  const settings = paymentSettings();
  if (!settings) return { error: PAYMENTS_NOT_SET_UP_MESSAGE };
  const db = getDb();
  const limit = await consumeRateLimit(db, "checkout", [clientIp(await headers()), contact.email]);
  if (!limit.ok) return { error: CHECKOUT_RATE_LIMITED_MESSAGE };
  let url: string;
  try {
    ({ url } = await createCheckoutSession(db, settings.stripe, {
      coachId: contact.coachId, packageId: parsed.data.packageId, email: contact.email, contactId: contact.id,
      publicUrl: env().publicUrl, successPath: "/portal/packages?checkout=success", cancelPath: "/portal/packages?checkout=cancelled",
    }));
  } catch (err) {
    const message = checkoutErrorMessage(err);
    if (!message) throw err;
    if (err instanceof Error && err.cause) console.error("Stripe checkout failed", err.cause);
    return { error: message };
  }
  redirect(url);
}
