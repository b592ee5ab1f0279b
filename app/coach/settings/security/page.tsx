import type { Metadata } from "next";
import { TwoFactorCodeForm } from "@/app/_components/two-factor/code-form";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { DateTime } from "@/app/_components/coach/date-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { qrCodeSvg } from "@/lib/auth/two-factor/qr-code";
import { getTwoFactorSettings } from "@/lib/auth/two-factor/setup";
import { totpUri } from "@/lib/auth/two-factor/totp";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { SettingsNav } from "../settings-nav";
import { cancelTwoFactorSetupAction, disableTwoFactorAction, saveRecoveryCodesAction, startTwoFactorSetupAction } from "./actions";

export const metadata: Metadata = { title: "Security" };

/** The secret in groups of four, as people type it into an app. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ turnedOff?: string }> }) {
  const { user, coach } = await requireCoach("/coach/settings/security");
  const { turnedOff } = await searchParams;
  const settings = await getTwoFactorSettings(getDb(), { userId: user.id, authSecret: env().authSecret });
  const qr = settings.status === "pending" ? await qrCodeSvg(totpUri(settings.secret, user.email)) : null;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Settings</h1>
        <SettingsNav current="security" />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Two-factor authentication</CardTitle>
          <p className="text-sm text-muted-foreground">
            Your sign-in link goes to your mailbox; with two-factor on, anyone who reads that mailbox still needs your phone to see your clients’ data.
            Erasing a contact, exporting data and refunds then ask for a fresh code.
          </p>
        </CardHeader>
        <CardContent className="space-y-4">
          {settings.status === "off" ? (
            <div className="space-y-3">
              {turnedOff ? <p role="status" className="text-sm font-medium text-success">Two-factor authentication is off.</p> : null}
              <p className="text-sm"><strong>Off.</strong> You sign in with the emailed link alone.</p>
              <form action={startTwoFactorSetupAction}>
                <SubmitButton pendingLabel="Starting…">Set up two-factor authentication</SubmitButton>
              </form>
            </div>
          ) : settings.status === "pending" ? (
            <div className="space-y-3 text-sm">
              <p>1. In an authenticator app (such as 1Password, Google Authenticator or Authy), add an account by scanning this code:</p>
              <div role="img" aria-label="QR code for your authenticator app" className="w-48 border border-border bg-white p-1 [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qr ?? "" }} />
              <p>
                Or type this key: <code className="rounded bg-muted px-1.5 py-0.5 font-mono" data-testid="totp-secret" data-secret={settings.secret}>{groupSecret(settings.secret)}</code>
              </p>
              <p>2. Enter the 6-digit code the app shows to turn two-factor on.</p>
            </div>
          ) : (
            <p className="text-sm">
              <strong>On</strong> since <DateTime date={settings.enabledAt} timeZone={coach.timezone} format="date" />. {settings.recoveryCodesLeft} of 10 recovery codes unused.
            </p>
          )}
          {settings.status === "off" ? null : (
          <TwoFactorCodeForm
            action={saveRecoveryCodesAction}
            idPrefix="recovery"
            submitLabel={settings.status === "on" ? "Make new recovery codes" : "Turn on two-factor"}
            submitVariant={settings.status === "on" ? "secondary" : "primary"}
            hint={settings.status === "on" ? "New codes replace the old ones." : undefined}
          />
          )}
          {settings.status === "pending" ? (
            <form action={cancelTwoFactorSetupAction}>
              <SubmitButton variant="ghost" size="sm" pendingLabel="Cancelling…">Cancel setup</SubmitButton>
            </form>
          ) : null}
        </CardContent>
      </Card>
      {settings.status === "on" ? (
        <Card>
          <CardHeader>
            <CardTitle>Turn off two-factor authentication</CardTitle>
            <p className="text-sm text-muted-foreground">You will sign in with the emailed link alone again.</p>
          </CardHeader>
          <CardContent>
            <TwoFactorCodeForm action={disableTwoFactorAction} idPrefix="disable" allowRecovery submitLabel="Turn off two-factor" submitVariant="danger" />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
