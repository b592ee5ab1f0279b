import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TwoFactorCodeForm } from "@/app/_components/two-factor/code-form";
import { Button } from "@/app/_components/ui";
import { requireCoachFirstFactor } from "@/lib/auth/guards";
import { safeCallbackUrl } from "@/lib/auth/sign-in-form";
import { signOutAction } from "@/app/(auth)/sign-out/actions";
import { needsSecondFactor } from "@/lib/auth/two-factor/policy";
import { currentSecondFactorState } from "@/lib/auth/two-factor/request";
import { verifyTwoFactorAction } from "./actions";

export const metadata: Metadata = { title: "Two-factor authentication", robots: { index: false } };

// Asked after the magic link when the coach has two-factor on, and again before erase, exports and
// refunds when the last code is more than a few minutes old.
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackUrl(callbackUrl) ?? "/coach";
  const { user } = await requireCoachFirstFactor(`/sign-in/two-factor?callbackUrl=${encodeURIComponent(next)}`);
  const state = await currentSecondFactorState(user.id);
  if (!state.enabled) redirect(next);
  const signingIn = needsSecondFactor(state);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{signingIn ? "Two-factor authentication" : "Confirm it’s you"}</h1>
        <p className="mt-2 text-sm text-muted-foreground">
          {signingIn
            ? `Signed in as ${user.email}. Enter the 6-digit code from your authenticator app to continue.`
            : "Erasing a contact, exporting data and refunding a payment ask for a fresh code from your authenticator app."}
        </p>
      </div>
      <TwoFactorCodeForm
        action={verifyTwoFactorAction}
        idPrefix="two-factor"
        allowRecovery
        hidden={{ callbackUrl: next }}
        submitLabel={signingIn ? "Verify and continue" : "Confirm"}
        hint="Lost your phone? Enter one of your recovery codes instead; each works once."
      />
      {signingIn ? (
        <form action={signOutAction}>
          <Button type="submit" variant="ghost" size="sm">Sign out</Button>
        </form>
      ) : null}
    </div>
  );
}
