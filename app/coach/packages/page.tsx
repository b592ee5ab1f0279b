import type { Metadata } from "next";
import Link from "next/link";
import { ArrowDown, ArrowUp } from "lucide-react";
import { Badge, Button, buttonVariants, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { Toast } from "@/app/_components/ui/toast";
import { requireCoach } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/format";
import { listPackagesForCoach } from "@/lib/billing/packages";
import { getDb } from "@/lib/db";
import { PaymentsSetupNotice } from "../payments/payments-setup-notice";
import { archivePackage, movePackageAction, restorePackage } from "./actions";

export const metadata: Metadata = { title: "Packages" };

const SAVED: Record<string, string> = { created: "Package created", updated: "Package saved", archived: "Package archived", restored: "Package is for sale again" };

export default async function PackagesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { coach } = await requireCoach("/coach/packages");
  const { saved } = await searchParams;
  const list = await listPackagesForCoach(getDb(), coach.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Packages</h1>
          <p className="mt-1 text-sm text-muted-foreground">What clients can buy: sessions credited to their account once Stripe confirms the payment.</p>
        </div>
        <Link href="/coach/packages/new" className={buttonVariants()}>New package</Link>
      </div>
      <PaymentsSetupNotice />
      {list.length === 0 ? (
        <EmptyState title="No packages yet" action={<Link href="/coach/packages/new" className={buttonVariants()}>Create your first package</Link>}>
          Packages appear on your services page and in your clients&apos; portal.
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Your packages, in the order clients see them</caption>
          <THead>
            <tr>
              <Th>Package</Th>
              <Th>Sessions</Th>
              <Th>Price</Th>
              <Th>Status</Th>
              <Th>Sold</Th>
              <Th>Order</Th>
              <Th>Actions</Th>
            </tr>
          </THead>
          <TBody>
            {list.map((p, i) => (
              <Tr key={p.id}>
                <Td className="min-w-48">
                  <Link href={`/coach/packages/${p.id}`} className="font-medium text-primary underline-offset-4 hover:underline">{p.name}</Link>
                  {p.description ? <p className="mt-0.5 line-clamp-2 text-muted-foreground">{p.description}</p> : null}
                </Td>
                <Td className="whitespace-nowrap">{p.sessionCount} × {p.meetingTypeName}</Td>
                <Td className="whitespace-nowrap">{formatMoney(p.priceCents, p.currency)}</Td>
                <Td>{p.active ? <Badge tone="success">For sale</Badge> : <Badge>Archived</Badge>}</Td>
                <Td>{p.purchaseCount}</Td>
                <Td>
                  <div className="flex gap-1">
                    <form action={movePackageAction}>
                      <input type="hidden" name="id" value={p.id} />
                      <input type="hidden" name="direction" value="up" />
                      <Button type="submit" variant="ghost" size="sm" disabled={i === 0} aria-label={`Move ${p.name} up`}><ArrowUp aria-hidden="true" className="size-4" /></Button>
                    </form>
                    <form action={movePackageAction}>
                      <input type="hidden" name="id" value={p.id} />
                      <input type="hidden" name="direction" value="down" />
                      <Button type="submit" variant="ghost" size="sm" disabled={i === list.length - 1} aria-label={`Move ${p.name} down`}><ArrowDown aria-hidden="true" className="size-4" /></Button>
                    </form>
                  </div>
                </Td>
                <Td>
                  <div className="flex flex-wrap gap-2">
                    <Link href={`/coach/packages/${p.id}`} className={buttonVariants({ variant: "secondary", size: "sm" })} aria-label={`Edit ${p.name}`}>Edit</Link>
                    <form action={p.active ? archivePackage : restorePackage}>
                      <input type="hidden" name="id" value={p.id} />
                      <Button type="submit" variant="secondary" size="sm" aria-label={`${p.active ? "Archive" : "Restore"} ${p.name}`}>{p.active ? "Archive" : "Restore"}</Button>
                    </form>
                  </div>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Toast message={saved ? SAVED[saved] : null} />
    </div>
  );
}
