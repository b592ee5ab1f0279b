import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, CardContent, CardHeader, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { formatCalendarDate, formatInZone } from "@/lib/format";
import { formatMoney } from "@/lib/format";
import { listPaymentsForCoach, monthlyPaymentTotals, type PaymentRow } from "@/lib/billing/payments";
import { getDb } from "@/lib/db";
import { PaymentsSetupNotice } from "./payments-setup-notice";

export const metadata: Metadata = { title: "Payments" };

const STATUS: Record<PaymentRow["status"], { label: string; tone: "success" | "warning" | "danger" }> = {
  paid: { label: "Paid", tone: "success" },
  partially_refunded: { label: "Partly refunded", tone: "warning" },
  refunded: { label: "Refunded", tone: "danger" },
};

export default async function PaymentsPage() {
  const { coach } = await requireCoach("/coach/payments");
  const db = getDb();
  const [payments, months] = await Promise.all([listPaymentsForCoach(db, coach.id), monthlyPaymentTotals(db, coach.id, coach.timezone)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Payments</h1>
        <p className="mt-1 text-sm text-muted-foreground">Every package bought, with refunds. Refunds made here or in Stripe show up once Stripe confirms them. Times in {coach.timezone}.</p>
      </div>
      <PaymentsSetupNotice />
      {payments.length === 0 ? (
        <EmptyState title="No payments yet">When a client buys a package, it appears here with their credits.</EmptyState>
      ) : (
        <>
          <section aria-labelledby="monthly-totals" className="space-y-3">
            <h2 id="monthly-totals" className="text-lg font-semibold">Totals by month</h2>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {months.map((m) => (
                <li key={`${m.month}-${m.currency}`}>
                  <Card className="h-full">
                    <CardHeader>
                      <h3 className="font-semibold">
                        {formatCalendarDate(m.month, "monthLong")}
                        {months.some((o) => o.month === m.month && o.currency !== m.currency) ? ` (${m.currency.toUpperCase()})` : null}
                      </h3>
                      <p className="text-sm text-muted-foreground">{m.count} {m.count === 1 ? "payment" : "payments"}</p>
                    </CardHeader>
                    <CardContent>
                      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm tabular-nums">
                        <dt className="text-muted-foreground">Received</dt>
                        <dd className="text-right">{formatMoney(m.grossCents, m.currency)}</dd>
                        <dt className="text-muted-foreground">Refunded</dt>
                        <dd className="text-right">{m.refundedCents ? `−${formatMoney(m.refundedCents, m.currency)}` : "–"}</dd>
                        <dt className="font-medium">Net</dt>
                        <dd className="text-right text-base font-semibold" data-testid={`net-${m.month}-${m.currency}`}>{formatMoney(m.netCents, m.currency)}</dd>
                      </dl>
                    </CardContent>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="all-payments" className="space-y-3">
            <h2 id="all-payments" className="text-lg font-semibold">All payments</h2>
            <Table>
              <THead>
                <tr><Th>Date</Th><Th>Client</Th><Th>Package</Th><Th className="text-right">Amount</Th><Th className="text-right">Refunded</Th><Th>Status</Th><Th>Credits left</Th><Th>Details</Th></tr>
              </THead>
              <TBody>
                {payments.map((p) => (
                  <Tr key={p.id}>
                    <Td className="whitespace-nowrap">{formatInZone(p.createdAt, coach.timezone, "compact")}</Td>
                    <Td className="min-w-40">
                      <Link href={`/coach/contacts/${p.contactId}`} className="font-medium text-primary underline-offset-4 hover:underline">{p.contactName}</Link>
                      <p className="text-muted-foreground">{p.contactEmail}</p>
                    </Td>
                    <Td className="whitespace-nowrap">{p.packageName}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(p.amountCents, p.currency)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{p.refundedCents ? formatMoney(p.refundedCents, p.currency) : "–"}</Td>
                    <Td><Badge tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Badge></Td>
                    <Td className="whitespace-nowrap">{p.sessionsRemaining} of {p.sessionsTotal}</Td>
                    <Td><Link href={`/coach/payments/${p.id}`} className="text-primary underline-offset-4 hover:underline" aria-label={`View ${p.packageName} for ${p.contactName}`}>View</Link></Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </section>
        </>
      )}
    </div>
  );
}
