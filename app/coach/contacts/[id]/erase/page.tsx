import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/app/_components/forms/action-form";
import { Card, CardContent } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { requireRecentSecondFactor } from "@/lib/auth/two-factor/request";
import { NotFoundError } from "@/lib/errors";
import { getContactForCoach } from "@/lib/crm/manage-contacts";
import { getDb } from "@/lib/db";
import { eraseContactAction } from "../../actions";

export const metadata: Metadata = { title: "Erase contact" };

export default async function EraseContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, coach } = await requireCoach("/coach/contacts");
  const { id } = await params;
  await requireRecentSecondFactor(user.id, `/coach/contacts/${encodeURIComponent(id)}/erase`, new Date());
  const contact = await getContactForCoach(getDb(), coach.id, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm"><Link className="text-primary underline" href={`/coach/contacts/${contact.id}`}>← {contact.name}</Link></p>
      <h1 className="text-2xl font-semibold">Erase {contact.name}</h1>
      <Card>
        <CardContent className="space-y-4 pt-5 text-sm">
          <p>This permanently deletes the contact and everything of theirs: notes, timeline, sessions, purchases, their career plan, their portal account and sign-in sessions, and the emails addressed to them. It cannot be undone.</p>
          <p>
            You may want to <a className="text-primary underline" href={`/coach/contacts/${contact.id}/export`}>download their data (JSON)</a> first.
          </p>
          <ActionForm
            idPrefix="erase"
            action={eraseContactAction}
            hidden={{ contactId: contact.id }}
            submitLabel="Erase permanently"
            pendingLabel="Erasing…"
            submitVariant="danger"
            fields={[{ name: "confirmEmail", label: `Type ${contact.email} to confirm`, kind: "email", required: true, autoComplete: "off" }]}
          />
        </CardContent>
      </Card>
    </div>
  );
}
