import { missingPaymentSettings } from "@/lib/billing/stripe-client";
import { HANDLED_STRIPE_EVENTS } from "@/lib/billing/handle-stripe-webhook";
import { env } from "@/lib/env";

const WHAT_EACH_IS: Record<string, string> = {
  STRIPE_SECRET_KEY: "your Stripe secret key (Stripe Dashboard → Developers → API keys; sk_live_… or sk_test_…)",
  STRIPE_WEBHOOK_SECRET: "the signing secret (whsec_…) of a Stripe webhook endpoint that points at the address below",
};

/** What the coach must configure before clients can pay online; a one-line status once it is done. */
export function PaymentsSetupNotice() {
  const missing = missingPaymentSettings();
  const webhookUrl = `${env().publicUrl}/api/stripe/webhook`;
  if (missing.length === 0) {
    return <p className="text-sm text-muted-foreground">Online payment is on: Stripe Checkout takes payments, and Stripe reports them to {webhookUrl}.</p>;
  }
  return (
    <section aria-labelledby="payments-setup-title" className="rounded-lg border border-warning bg-card p-5">
      <h2 id="payments-setup-title" className="font-semibold">Payments setup</h2>
      <p className="mt-1 text-sm">
        Online payment is not set up yet. Visitors see your packages, but the buy buttons say that online payment is not available. To take payments
        with Stripe, set these environment variables on the server and restart Ambit:
      </p>
      <ul className="mt-3 space-y-1.5 text-sm">
        {missing.map((name) => (
          <li key={name}>
            <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{name}</code>: {WHAT_EACH_IS[name]}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        Webhook endpoint: <code className="break-all rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{webhookUrl}</code>, sending the events{" "}
        {HANDLED_STRIPE_EVENTS.map((e, i) => (
          <span key={e}>
            {i > 0 ? ", " : null}
            <code className="break-all rounded bg-muted px-1.5 py-0.5 font-mono text-xs">{e}</code>
          </span>
        ))}
        .
      </p>
    </section>
  );
}
