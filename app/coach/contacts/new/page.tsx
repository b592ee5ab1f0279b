import type { Metadata } from "next";
import { ActionForm } from "@/app/_components/forms/action-form";
import { Card, CardContent } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { CONTACT_STAGES, stageLabel } from "@/lib/crm/manage-contacts";
import { createContactAction } from "../actions";
import { ContactsNav } from "../contacts-nav";

export const metadata: Metadata = { title: "Add a contact" };

export default async function NewContactPage() {
  await requireCoach("/coach/contacts/new");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Add a contact</h1>
        <ContactsNav current="new" />
      </div>
      <Card className="max-w-2xl">
        <CardContent className="pt-5">
          <ActionForm
            idPrefix="contact"
            action={createContactAction}
            submitLabel="Add contact"
            pendingLabel="Adding…"
            columns={2}
            fields={[
              { name: "name", label: "Name", required: true, autoComplete: "off" },
              { name: "email", label: "Email", kind: "email", required: true, autoComplete: "off" },
              { name: "phone", label: "Phone (optional)", kind: "tel", autoComplete: "off" },
              { name: "stage", label: "Stage", kind: "select", defaultValue: "lead", options: CONTACT_STAGES.map((s) => ({ value: s, label: stageLabel(s) })) },
              { name: "tags", label: "Tags (optional)", hint: "Separate with commas", wide: true },
              { name: "source", label: "Source (optional)", placeholder: "e.g. referral, event, LinkedIn", wide: true },
            ]}
          />
        </CardContent>
      </Card>
    </div>
  );
}
