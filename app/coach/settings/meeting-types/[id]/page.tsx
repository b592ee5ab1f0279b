import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/app/_components/forms/action-form";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { listMeetingTypes } from "@/lib/coaching/meeting-types";
import { getDb } from "@/lib/db";
import { deleteMeetingTypeAction, updateMeetingTypeAction } from "../../actions";
import { meetingTypeFields } from "../fields";

export const metadata: Metadata = { title: "Edit meeting type" };

export default async function EditMeetingTypePage({ params }: { params: Promise<{ id: string }> }) {
  const { coach } = await requireCoach("/coach/settings/meeting-types");
  const { id } = await params;
  const type = (await listMeetingTypes(getDb(), coach.id)).find((t) => t.id === id);
  if (!type) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link className="text-primary underline" href="/coach/settings/meeting-types">← Meeting types</Link></p>
      <h1 className="text-2xl font-semibold">{type.name}</h1>
      <Card>
        <CardContent className="pt-5">
          <ActionForm idPrefix="type" action={updateMeetingTypeAction} submitLabel="Save meeting type" columns={2} hidden={{ id: type.id }} fields={meetingTypeFields(type)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Delete</CardTitle><p className="text-sm text-muted-foreground">A type with bookings or packages is deactivated instead, so their history stays intact.</p></CardHeader>
        <CardContent>
          <form action={deleteMeetingTypeAction}>
            <input type="hidden" name="id" value={type.id} />
            <SubmitButton variant="danger" pendingLabel="Deleting…">Delete “{type.name}”</SubmitButton>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
