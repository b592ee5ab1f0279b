import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/forms/action-form";
import { Badge, Card, CardContent, CardHeader, CardTitle, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { listMeetingTypes } from "@/lib/coaching/meeting-types";
import { getDb } from "@/lib/db";
import { createMeetingTypeAction } from "../actions";
import { SettingsNav } from "../settings-nav";
import { meetingTypeFields } from "./fields";

export const metadata: Metadata = { title: "Meeting types" };

function price(cents: number) {
  return cents === 0 ? "Free" : `£${(cents / 100).toFixed(2)}`;
}

export default async function MeetingTypesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { coach } = await requireCoach("/coach/settings/meeting-types");
  const [types, { done }] = await Promise.all([listMeetingTypes(getDb(), coach.id), searchParams]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Meeting types</h1>
        <SettingsNav current="types" />
      </div>
      {done === "deleted" ? <p role="status" className="text-sm text-success">Meeting type deleted.</p> : null}
      {done === "deactivated" ? <p role="status" className="text-sm text-success">That meeting type has bookings or packages, so it was deactivated instead of deleted.</p> : null}
      {types.length === 0 ? (
        <EmptyState title="No meeting types yet">Add one below so people can book you.</EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Your meeting types</caption>
          <THead><tr><Th>Name</Th><Th>Slug</Th><Th>Duration</Th><Th>Price</Th><Th>Who can book</Th><Th>Status</Th></tr></THead>
          <TBody>
            {types.map((t) => (
              <Tr key={t.id}>
                <Td><Link className="font-medium text-primary underline" href={`/coach/settings/meeting-types/${t.id}`}>{t.name}</Link></Td>
                <Td className="font-mono text-xs">{t.slug}</Td>
                <Td>{t.durationMinutes} min</Td>
                <Td>{price(t.priceCents)}</Td>
                <Td>{t.visibility === "public" ? "Anyone" : "Clients only"}</Td>
                <Td>{t.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Card>
        <CardHeader><CardTitle>Add a meeting type</CardTitle></CardHeader>
        <CardContent>
          <ActionForm idPrefix="new-type" action={createMeetingTypeAction} submitLabel="Add meeting type" columns={2} resetOnSuccess fields={meetingTypeFields()} />
        </CardContent>
      </Card>
    </div>
  );
}
