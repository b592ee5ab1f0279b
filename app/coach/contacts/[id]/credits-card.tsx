import { ActionForm } from "@/app/_components/forms/action-form";
import { DateTime } from "@/app/_components/coach/date-time";
import { Badge, Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui";
import { creditsExpired } from "@/lib/billing/credit-expiry";
import { formatMoney } from "@/lib/format";
import type { ContactPurchase } from "@/lib/billing/payments";
import { grantCreditsAction, recordPaymentAction, returnCreditAction } from "../actions";

const METHOD = { stripe: "Paid online", offline: "Paid offline", grant: "Granted" } as const;

/** The contact's packages and credits, with the coach's three changes: a payment taken offline, free credits, a credit handed back. */
export function CreditsCard({ contactId, purchases, packages, timeZone, now }: {
  contactId: string;
  purchases: ContactPurchase[];
  packages: { id: string; name: string; sessionCount: number; priceCents: number; currency: string }[];
  timeZone: string;
  now: Date;
}) {
  const usable = purchases.filter((p) => p.status !== "refunded" && !creditsExpired(p, now));
  const left = usable.reduce((n, p) => n + p.sessionsRemaining, 0);
  const returnable = usable.filter((p) => p.sessionsRemaining < p.sessionsTotal);
  const packageOptions = packages.map((p) => ({ value: p.id, label: `${p.name} (${p.sessionCount} session${p.sessionCount === 1 ? "" : "s"}, ${formatMoney(p.priceCents, p.currency)})` }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Credits and payments</CardTitle>
        <p className="text-sm text-muted-foreground"><strong className="text-foreground" data-testid="contact-credits-left">{left}</strong> credit{left === 1 ? "" : "s"} left to book.</p>
      </CardHeader>
      <CardContent className="space-y-5">
        {purchases.length ? (
          <ul className="divide-y divide-border text-sm" aria-label="Packages">
            {purchases.map((p) => {
              const expired = creditsExpired(p, now);
              return (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-medium">{p.packageName}</span>: {p.sessionsRemaining} of {p.sessionsTotal} left
                    <span className="block text-xs text-muted-foreground">
                      {METHOD[p.method]} <DateTime date={p.createdAt} timeZone={timeZone} format="date" />
                      {p.amountCents ? `, ${formatMoney(p.amountCents, p.currency)}` : ""}
                      {p.expiresAt ? <>{expired ? ", expired " : ", expires "}<DateTime date={p.expiresAt} timeZone={timeZone} format="date" /></> : null}
                    </span>
                  </span>
                  {expired ? <Badge tone="neutral">Expired</Badge> : p.status === "refunded" ? <Badge tone="warning">Refunded</Badge> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">No packages yet.</p>
        )}
        {packages.length ? (
          <>
            <section aria-labelledby="record-payment-h" className="space-y-2 border-t border-border pt-4">
              <h3 id="record-payment-h" className="text-sm font-semibold">Record a payment taken offline</h3>
              <ActionForm
                idPrefix="payment"
                action={recordPaymentAction}
                hidden={{ contactId }}
                resetOnSuccess
                submitLabel="Record payment"
                columns={2}
                fields={[
                  { name: "packageId", label: "Package", kind: "select", options: packageOptions, required: true, wide: true },
                  { name: "amount", label: "Amount received", required: true, hint: "e.g. 450.00, in the package's currency", autoComplete: "off" },
                  { name: "note", label: "Note (optional)", placeholder: "Bank transfer", autoComplete: "off" },
                ]}
              />
            </section>
            <section aria-labelledby="grant-credits-h" className="space-y-2 border-t border-border pt-4">
              <h3 id="grant-credits-h" className="text-sm font-semibold">Grant free credits</h3>
              <ActionForm
                idPrefix="grant"
                action={grantCreditsAction}
                hidden={{ contactId }}
                resetOnSuccess
                submitLabel="Grant credits"
                submitVariant="secondary"
                columns={2}
                fields={[
                  { name: "packageId", label: "Sessions of", kind: "select", options: packageOptions, required: true, wide: true },
                  { name: "credits", label: "Credits", kind: "number", defaultValue: "1", min: 1, max: 20, required: true },
                  { name: "reason", label: "Reason", required: true, hint: "Kept on the timeline", autoComplete: "off" },
                ]}
              />
            </section>
          </>
        ) : (
          <p className="text-sm text-muted-foreground">Create a package to record payments or grant credits.</p>
        )}
        {returnable.length ? (
          <section aria-labelledby="return-credit-h" className="space-y-2 border-t border-border pt-4">
            <h3 id="return-credit-h" className="text-sm font-semibold">Return a used credit</h3>
            <ActionForm
              idPrefix="return"
              action={returnCreditAction}
              hidden={{ contactId }}
              resetOnSuccess
              submitLabel="Return 1 credit"
              submitVariant="secondary"
              columns={2}
              fields={[
                { name: "purchaseId", label: "To package", kind: "select", required: true, options: returnable.map((p) => ({ value: p.id, label: `${p.packageName}: ${p.sessionsRemaining} of ${p.sessionsTotal} left` })) },
                { name: "reason", label: "Reason", required: true, hint: "Kept on the timeline", placeholder: "Late cancel forgiven", autoComplete: "off" },
              ]}
            />
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
