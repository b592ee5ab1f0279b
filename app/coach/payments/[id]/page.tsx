import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, buttonVariants, Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { sensitiveActionNeedsCode, twoFactorPageUrl } from "@/lib/auth/two-factor/request";
import { formatInZone } from "@/lib/format";
import { formatMoney, minorUnitsToAmount } from "@/lib/format";
import { getRefundablePurchase, previewCreditsRevoked } from "@/lib/billing/request-refund";
import { missingPaymentSettings } from "@/lib/billing/stripe-client";
import { getDb } from "@/lib/db";
import { RefundForm } from "./refund-form";

export const metadata: Metadata = { title: "Payment" };

const STATUS = { paid: "Paid", partially_refunded: "Partly refunded", refunded: "Refunded" } as const;

export default async function PaymentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ refund?: string }> }) {
  const { id } = await params;
  const { user, coach } = await requireCoach(`/coach/payments/${id}`);
  const { refund } = await searchParams;
  const found = await getRefundablePurchase(getDb(), coach.id, id);
  if (!found) notFound();
  const { purchase: p, refundableCents } = found;
  const money = (cents: number) => formatMoney(cents, p.currency);
  const fullRefundRevokes = previewCreditsRevoked(p, refundableCents);
  const canRefund = refundableCents > 0 && Boolean(p.stripePaymentIntentId) && missingPaymentSettings().length === 0;
  const refundNeedsCode = canRefund && (await sensitiveActionNeedsCode(user.id, new Date()));
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm"><Link href="/coach/payments" className="text-primary underline-offset-4 hover:underline">← Payments</Link></p>
      <div>
        <h1 className="text-2xl font-semibold">{found.packageName} for {found.contactName}</h1>
        <p className="mt-1 text-sm text-muted-foreground">{formatInZone(p.createdAt, coach.timezone, "compact")}</p>
      </div>
      {refund === "requested" ? (
        <p role="status" className="rounded-md border border-success bg-card p-3 text-sm">
          Refund sent to Stripe. This payment and the client&apos;s credits update as soon as Stripe confirms it, usually within seconds; reload to see it.
        </p>
      ) : null}
      <Card>
        <CardContent className="pt-5">
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-muted-foreground">Client</dt>
            <dd><Link href={`/coach/contacts/${p.contactId}`} className="text-primary underline-offset-4 hover:underline">{found.contactName}</Link> ({found.contactEmail})</dd>
            <dt className="text-muted-foreground">Paid</dt>
            <dd>{money(p.amountCents)}</dd>
            <dt className="text-muted-foreground">Refunded</dt>
            <dd>{p.refundedCents ? money(p.refundedCents) : "Nothing"}</dd>
            <dt className="text-muted-foreground">Status</dt>
            <dd><Badge tone={p.status === "paid" ? "success" : p.status === "refunded" ? "danger" : "warning"}>{STATUS[p.status]}</Badge></dd>
            <dt className="text-muted-foreground">Credits</dt>
            <dd>{p.sessionsRemaining} of {p.sessionsTotal} unused</dd>
            <dt className="text-muted-foreground">Stripe reference</dt>
            <dd className="break-all font-mono text-xs">{p.stripePaymentIntentId ?? p.stripeCheckoutSessionId ?? "none (recorded outside Stripe)"}</dd>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Refund</CardTitle></CardHeader>
        <CardContent className="space-y-3 text-sm">
          <p className="text-muted-foreground">
            A refund removes unused credits in proportion: after a refund the client keeps at most the sessions they still paid for (rounded in your
            favour), and sessions already used are never taken back. Refunds made in Stripe&apos;s dashboard are applied the same way.
          </p>
          {refundNeedsCode ? (
            <p>
              Refunds ask for a fresh code from your authenticator app.{" "}
              <a className={buttonVariants({ variant: "secondary", size: "sm" })} href={twoFactorPageUrl(`/coach/payments/${p.id}`)}>Confirm with a code to refund</a>
            </p>
          ) : canRefund ? (
            <RefundForm
              purchaseId={p.id}
              currency={p.currency}
              defaultAmount={minorUnitsToAmount(refundableCents)}
              hint={`Up to ${money(refundableCents)}. Refunding all of it removes ${fullRefundRevokes} unused ${fullRefundRevokes === 1 ? "credit" : "credits"}.`}
            />
          ) : (
            <p>
              {refundableCents <= 0
                ? "This payment is fully refunded."
                : !p.stripePaymentIntentId
                  ? "This purchase was not paid through Stripe, so it cannot be refunded from here."
                  : "Online payment is not set up, so refunds cannot be sent to Stripe from here."}
            </p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
