import type { Metadata } from "next";
import Link from "next/link";
import { requireCoach } from "@/lib/auth/guards";
import { CURRENCIES } from "@/lib/billing/money";
import { listCreditMeetingTypes } from "@/lib/billing/packages";
import { getDb } from "@/lib/db";
import { PackageForm } from "../package-form";

export const metadata: Metadata = { title: "New package" };

export default async function NewPackagePage() {
  const { coach } = await requireCoach("/coach/packages/new");
  const meetingTypes = await listCreditMeetingTypes(getDb(), coach.id);
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm"><Link href="/coach/packages" className="text-primary underline-offset-4 hover:underline">← Packages</Link></p>
      <h1 className="text-2xl font-semibold">New package</h1>
      {meetingTypes.length === 0 ? (
        <p role="alert" className="rounded-md border border-warning p-3 text-sm">
          Credits are spent on a client-only session type, and you have none yet. Add one (visible to clients only) in your settings first.
        </p>
      ) : null}
      <PackageForm
        meetingTypes={meetingTypes}
        currencies={CURRENCIES}
        defaults={{ name: "", description: "", features: "", sessionCount: "3", meetingTypeId: meetingTypes[0]?.id ?? "", price: "", currency: "gbp", active: true, creditValidityDays: "", position: "0" }}
      />
    </div>
  );
}
