import "server-only";
import Stripe from "stripe";
import { env, type StripeApiAddress } from "@/lib/env";

/** A Stripe SDK client; `api` points it elsewhere than Stripe (the tests' local fake). */
export function createStripeClient(secretKey: string, api?: StripeApiAddress): Stripe {
  return new Stripe(secretKey, {
    ...(api ? { host: api.host, port: api.port, protocol: api.protocol } : {}),
    maxNetworkRetries: 1,
    timeout: 15_000,
    appInfo: { name: "Ambit" },
  });
}

export type PaymentSettings = { stripe: Stripe; webhookSecret: string };

let cached: { key: string; settings: PaymentSettings } | undefined;

/** The app's Stripe client and webhook secret from the environment, or null when payments are not set up. */
export function paymentSettings(): PaymentSettings | null {
  const e = env();
  if (!e.STRIPE_SECRET_KEY || !e.STRIPE_WEBHOOK_SECRET) return null;
  if (cached?.key !== e.STRIPE_SECRET_KEY) {
    cached = { key: e.STRIPE_SECRET_KEY, settings: { stripe: createStripeClient(e.STRIPE_SECRET_KEY, e.stripeApi), webhookSecret: e.STRIPE_WEBHOOK_SECRET } };
  }
  return cached.settings;
}

/** Names of the environment variables still needed before online payment works ([] when ready). */
export function missingPaymentSettings(): string[] {
  const e = env();
  return [!e.STRIPE_SECRET_KEY && "STRIPE_SECRET_KEY", !e.STRIPE_WEBHOOK_SECRET && "STRIPE_WEBHOOK_SECRET"].filter((v): v is string => Boolean(v));
}
