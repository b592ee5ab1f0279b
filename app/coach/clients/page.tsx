import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { label } from "@/app/_components/plans/label";
import { requireCoach } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { listCoachClients } from "@/lib/plans/plan/list-coach-clients";

export const metadata: Metadata = { title: "Clients and plans" };

export default async function CoachClientsPage() {
  const { coach } = await requireCoach("/coach/clients");
  const clients = await listCoachClients(getDb(), coach.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Clients and their plans</h1>
      {clients.length === 0 ? (
        <EmptyState title="No clients yet">Convert a contact to a client to start their career plan.</EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Clients with their career plan</caption>
          <THead>
            <tr>
              <Th>Client</Th>
              <Th>Target role</Th>
              <Th>Plan</Th>
              <Th>Open client actions</Th>
            </tr>
          </THead>
          <TBody>
            {clients.map((c) => (
              <Tr key={c.contactId}>
                <Td>
                  <Link href={`/coach/clients/${c.contactId}/plan`} className="font-medium text-primary underline">{c.name}</Link>
                  <span className="block text-xs text-muted-foreground">{c.email}</span>
                </Td>
                <Td>{c.targetRole || "—"}</Td>
                <Td>{c.planStatus ? <Badge tone={c.planStatus === "active" ? "success" : "neutral"}>{label(c.planStatus)}</Badge> : <Badge tone="warning">No plan yet</Badge>}</Td>
                <Td className="tabular-nums">{c.planId ? c.openActions : "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
