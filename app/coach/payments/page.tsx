import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, CardContent, CardHeader, CardTitle, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { formatDateTimeInZone, formatMonthKey } from "@/lib/billing/formatDates";
import { formatMoney } from "@/lib/billing/money";
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
        <p className="mt-1 text-sm text-muted-foreground">Every package bought, with refunds. Refunds are made in Stripe and show up here by themselves. Times in {coach.timezone}.</p>
      </div>
      <PaymentsSetupNotice />
      {payments.length === 0 ? (
        <EmptyState title="No payments yet">When a client buys a package, it appears here with their credits.</EmptyState>
      ) : (
        <>
          <Card>
            <CardHeader><CardTitle>Totals by month</CardTitle></CardHeader>
            <CardContent>
              <Table>
                <caption className="sr-only">Takings per month, in {coach.timezone}</caption>
                <THead>
                  <tr><Th>Month</Th><Th>Payments</Th><Th className="text-right">Received</Th><Th className="text-right">Refunded</Th><Th className="text-right">Net</Th></tr>
                </THead>
                <TBody>
                  {months.map((m) => (
                    <Tr key={`${m.month}-${m.currency}`}>
                      <Td className="whitespace-nowrap">{formatMonthKey(m.month)}{months.some((o) => o.month === m.month && o.currency !== m.currency) ? ` (${m.currency.toUpperCase()})` : null}</Td>
                      <Td>{m.count}</Td>
                      <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(m.grossCents, m.currency)}</Td>
                      <Td className="whitespace-nowrap text-right tabular-nums">{m.refundedCents ? formatMoney(m.refundedCents, m.currency) : "–"}</Td>
                      <Td className="whitespace-nowrap text-right font-medium tabular-nums">{formatMoney(m.netCents, m.currency)}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            </CardContent>
          </Card>
          <section aria-labelledby="all-payments" className="space-y-3">
            <h2 id="all-payments" className="text-lg font-semibold">All payments</h2>
            <Table>
              <THead>
                <tr><Th>Date</Th><Th>Client</Th><Th>Package</Th><Th className="text-right">Amount</Th><Th className="text-right">Refunded</Th><Th>Status</Th><Th>Credits left</Th></tr>
              </THead>
              <TBody>
                {payments.map((p) => (
                  <Tr key={p.id}>
                    <Td className="whitespace-nowrap">{formatDateTimeInZone(p.createdAt, coach.timezone)}</Td>
                    <Td className="min-w-40">
                      <Link href={`/coach/contacts/${p.contactId}`} className="font-medium text-primary underline-offset-4 hover:underline">{p.contactName}</Link>
                      <p className="text-muted-foreground">{p.contactEmail}</p>
                    </Td>
                    <Td className="whitespace-nowrap">{p.packageName}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(p.amountCents, p.currency)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{p.refundedCents ? formatMoney(p.refundedCents, p.currency) : "–"}</Td>
                    <Td><Badge tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Badge></Td>
                    <Td className="whitespace-nowrap">{p.sessionsRemaining} of {p.sessionsTotal}</Td>
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
