import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { handleStripeWebhook } from "@/lib/billing/handle-stripe-webhook";
import { paymentSettings } from "@/lib/billing/stripe-client";

// Stripe posts signed events here. The signature covers the exact bytes, so the body is read raw.
export async function POST(request: Request) {
  const settings = paymentSettings();
  if (!settings) return Response.json({ error: "Payments are not configured" }, { status: 503 });
  const rawBody = await request.text();
  const { authSecret, publicUrl } = env();
  try {
    const result = await handleStripeWebhook(
      getDb(),
      { rawBody, signature: request.headers.get("stripe-signature") },
      { stripe: settings.stripe, webhookSecret: settings.webhookSecret, authSecret, publicUrl, now: new Date() },
    );
    return Response.json(result.body, { status: result.status });
  } catch (err) {
    // Nothing was kept (one transaction); a 500 makes Stripe deliver the event again later.
    console.error("Stripe webhook failed", err);
    return Response.json({ error: "Could not process the event" }, { status: 500 });
  }
}
