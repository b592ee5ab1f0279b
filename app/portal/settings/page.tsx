import type { Metadata } from "next";
import { ActionForm } from "@/app/_components/forms/action-form";
import { readerLocale } from "@/app/_components/reader-locale";
import { requireClient } from "@/lib/auth/guards";
import { listZoneOptions, zoneLabel } from "@/lib/zones/zone-names";
import { saveMyTimeZoneAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function PortalSettingsPage() {
  const { user } = await requireClient("/portal/settings");
  const now = new Date();
  const locale = await readerLocale();
  const current = zoneLabel(user.timezone, now, locale);
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="mt-1 text-muted-foreground">
          Your sessions, reminders and emails show times in <strong className="font-medium text-foreground">{current}</strong>.
        </p>
      </div>
      <section aria-labelledby="zone-h" className="rounded-lg border border-border bg-card p-5">
        <h2 id="zone-h" className="mb-4 text-lg font-semibold">Time zone</h2>
        <ActionForm
          action={saveMyTimeZoneAction}
          idPrefix="settings"
          submitLabel="Save time zone"
          pendingLabel="Saving…"
          fields={[
            {
              name: "timezone",
              label: "Your time zone",
              defaultValue: current,
              suggestions: listZoneOptions(now, locale).map((o) => o.label),
              hint: "Type your city, e.g. Los Angeles or Kolkata, and pick it from the list.",
              autoComplete: "off",
              required: true,
            },
          ]}
        />
      </section>
    </div>
  );
}
