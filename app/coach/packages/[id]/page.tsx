import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCoach } from "@/lib/auth/guards";
import { CURRENCIES } from "@/lib/billing/money";
import { minorUnitsToAmount } from "@/lib/format";
import { getPackageForCoach, listCreditMeetingTypes } from "@/lib/billing/packages";
import { getDb } from "@/lib/db";
import { PackageForm } from "../package-form";

export const metadata: Metadata = { title: "Edit package" };

export default async function EditPackagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { coach } = await requireCoach(`/coach/packages/${id}`);
  const db = getDb();
  const [pkg, meetingTypes] = await Promise.all([getPackageForCoach(db, coach.id, id), listCreditMeetingTypes(db, coach.id)]);
  if (!pkg) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm"><Link href="/coach/packages" className="text-primary underline-offset-4 hover:underline">← Packages</Link></p>
      <div>
        <h1 className="text-2xl font-semibold">Edit {pkg.name}</h1>
        <p className="mt-1 text-sm text-muted-foreground">Changes apply to new purchases; clients who already bought keep the credits they paid for.</p>
      </div>
      <PackageForm
        meetingTypes={meetingTypes}
        currencies={CURRENCIES}
        defaults={{
          id: pkg.id, name: pkg.name, description: pkg.description, features: pkg.features.join("\n"), sessionCount: String(pkg.sessionCount),
          meetingTypeId: pkg.meetingTypeId, price: minorUnitsToAmount(pkg.priceCents), currency: pkg.currency, active: pkg.active, position: String(pkg.position),
        }}
      />
    </div>
  );
}
