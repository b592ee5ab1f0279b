import type { Metadata } from "next";
import { Card, CardContent } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { confirmImportAction, previewImportAction } from "../actions";
import { ContactsNav } from "../contacts-nav";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import contacts" };

export default async function ImportPage() {
  await requireCoach("/coach/contacts/import");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Import contacts</h1>
        <ContactsNav current="import" />
      </div>
      <p className="max-w-2xl text-sm text-muted-foreground">Every row is checked before anything is saved, and the preview says what will happen to each: new contacts are created, and contacts you already have are skipped or updated, as you choose. If a row has a problem, nothing is imported: fix the rows listed and preview again.</p>
      <Card>
        <CardContent className="pt-5">
          <ImportForm preview={previewImportAction} confirm={confirmImportAction} />
        </CardContent>
      </Card>
    </div>
  );
}
