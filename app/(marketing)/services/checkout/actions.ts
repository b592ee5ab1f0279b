"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/lib/auth/guards";
import { CHECKOUT_RATE_LIMITED_MESSAGE, checkoutErrorMessage, PAYMENTS_NOT_SET_UP_MESSAGE } from "@/lib/billing/checkoutMessages";
import { createCheckoutSession } from "@/lib/billing/createCheckoutSession";
import { findBuyerContact } from "@/lib/billing/findBuyerContact";
import { paymentSettings } from "@/lib/billing/stripeClient";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getPracticeCoach } from "@/lib/practice";
import { consumeRateLimit, clientIp } from "@/lib/security/rate-limit";

export type BuyPackageState = { error?: string };

const buySchema = z.object({ packageId: z.uuid() });

/** From the services page: sends the visitor to Stripe Checkout for one package. */
export async function buyPackage(_prev: BuyPackageState, formData: FormData): Promise<BuyPackageState> {
  const parsed = buySchema.safeParse({ packageId: formData.get("packageId") });
  if (!parsed.success) return { error: "That package is no longer available." };
  const settings = paymentSettings();
  if (!settings) return { error: PAYMENTS_NOT_SET_UP_MESSAGE };
  const db = getDb();
  const limit = await consumeRateLimit(db, "checkout", [clientIp(await headers())]);
  if (!limit.ok) return { error: CHECKOUT_RATE_LIMITED_MESSAGE };
  const coach = await getPracticeCoach(db);
  if (!coach) return { error: "That package is no longer available." };

  // A signed-in client buying from the public page is still recognised.
  const user = await currentUser();
  const buyer = user?.role === "client" ? await findBuyerContact(db, coach.id, user.id) : null;

  let url: string;
  try {
    ({ url } = await createCheckoutSession(db, settings.stripe, {
      coachId: coach.id, packageId: parsed.data.packageId, email: buyer?.email ?? null, contactId: buyer?.id ?? null,
      publicUrl: env().publicUrl, successPath: "/services/checkout/success", cancelPath: "/services/checkout/cancel",
    }));
  } catch (err) {
    const message = checkoutErrorMessage(err);
    if (!message) throw err;
    if (err instanceof Error && err.cause) console.error("Stripe checkout failed", err.cause);
    return { error: message };
  }
  redirect(url);
}
