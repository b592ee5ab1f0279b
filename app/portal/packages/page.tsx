import type { Metadata } from "next";
import { BuyPackageForm } from "@/app/(marketing)/services/checkout/buy-package-form";
import { Badge, Card, CardContent, CardHeader, EmptyState } from "@/app/_components/ui";
import { requireClient } from "@/lib/auth/guards";
import { PAYMENTS_NOT_SET_UP_MESSAGE } from "@/lib/billing/checkout-messages";
import { formatInZone } from "@/lib/format";
import { formatMoney } from "@/lib/format";
import { listActivePackages } from "@/lib/billing/packages";
import { listPurchasesForContact, type ContactPurchase } from "@/lib/billing/payments";
import { missingPaymentSettings } from "@/lib/billing/stripe-client";
import { getDb } from "@/lib/db";
import { buyMoreSessions } from "./actions";

export const metadata: Metadata = { title: "My sessions and packages" };

const STATUS: Record<ContactPurchase["status"], string | null> = { paid: null, partially_refunded: "Partly refunded", refunded: "Refunded" };

export default async function PortalPackagesPage({ searchParams }: { searchParams: Promise<{ checkout?: string }> }) {
  const { user, contact } = await requireClient("/portal/packages");
  const { checkout } = await searchParams;
  const db = getDb();
  const [purchases, forSale] = await Promise.all([listPurchasesForContact(db, contact.id), listActivePackages(db, contact.coachId)]);
  const creditsLeft = purchases.reduce((sum, p) => sum + p.sessionsRemaining, 0);
  const paymentsReady = missingPaymentSettings().length === 0;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Sessions and packages</h1>
        <p className="mt-1 text-muted-foreground">Your session credits, what you have bought, and more sessions when you need them.</p>
      </div>
      {checkout === "success" ? (
        <p role="status" className="rounded-md border border-success bg-card p-3 text-sm">
          Thank you for your purchase. Your new sessions appear below as soon as the payment is confirmed, usually within a few seconds; refresh the page if they are not there yet.
        </p>
      ) : checkout === "cancelled" ? (
        <p role="status" className="rounded-md border border-border bg-card p-3 text-sm">Checkout cancelled: no payment was taken.</p>
      ) : null}

      <Card>
        <CardContent className="flex flex-wrap items-baseline gap-x-3 gap-y-1 pt-5">
          <p className="text-4xl font-semibold tabular-nums" data-testid="credits-left">{creditsLeft}</p>
          <p className="text-muted-foreground">{creditsLeft === 1 ? "session left to book" : "sessions left to book"}</p>
        </CardContent>
      </Card>

      <section aria-labelledby="my-purchases" className="space-y-3">
        <h2 id="my-purchases" className="text-lg font-semibold">My packages</h2>
        {purchases.length === 0 ? (
          <EmptyState title="No packages yet">Once you buy a package, its sessions show up here.</EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {purchases.map((p) => (
              <li key={p.id} className="rounded-lg border border-border bg-card p-5">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold">{p.packageName}</h3>
                  {STATUS[p.status] ? <Badge tone="warning">{STATUS[p.status]}</Badge> : null}
                </div>
                <p className="mt-2 text-sm">
                  <span className="font-medium">{p.sessionsRemaining} of {p.sessionsTotal}</span> {p.meetingTypeName.toLowerCase()} {p.sessionsTotal === 1 ? "credit" : "credits"} left
                </p>
                <p className="mt-1 text-sm text-muted-foreground">
                  Bought {formatInZone(p.createdAt, user.timezone, "longDate")} for {formatMoney(p.amountCents, p.currency)}
                  {p.refundedCents ? `, ${formatMoney(p.refundedCents, p.currency)} refunded` : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="buy-more" className="space-y-3">
        <h2 id="buy-more" className="text-lg font-semibold">Buy more sessions</h2>
        {!paymentsReady ? <p className="text-sm text-muted-foreground">{PAYMENTS_NOT_SET_UP_MESSAGE}</p> : null}
        {forSale.length === 0 ? (
          <p className="text-sm text-muted-foreground">No packages are on sale right now. Ask your coach about more sessions.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {forSale.map((pkg) => (
              <li key={pkg.id}>
                <Card className="flex h-full flex-col">
                  <CardHeader>
                    <h3 className="text-lg font-semibold">{pkg.name}</h3>
                    <p className="text-2xl font-semibold">{formatMoney(pkg.priceCents, pkg.currency)}</p>
                    <p className="text-sm text-muted-foreground">{pkg.sessionCount} {pkg.sessionCount === 1 ? "session" : "sessions"}</p>
                  </CardHeader>
                  <CardContent className="flex flex-1 flex-col gap-4">
                    {pkg.description ? <p className="text-sm text-muted-foreground">{pkg.description}</p> : null}
                    <div className="mt-auto">
                      {paymentsReady ? <BuyPackageForm packageId={pkg.id} packageName={pkg.name} action={buyMoreSessions} /> : null}
                    </div>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
