"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/app/_components/forms/action-state";
import { runAction, runClick } from "@/app/_components/forms/form-action";
import { requireCoach } from "@/lib/auth/guards";
import { currentSessionToken } from "@/lib/auth/two-factor/request";
import { cancelTwoFactorSetup, confirmTwoFactorSetup, disableTwoFactor, getTwoFactorSettings, regenerateRecoveryCodes, startTwoFactorSetup } from "@/lib/auth/two-factor/setup";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";

const PAGE = "/coach/settings/security";

export async function startTwoFactorSetupAction(): Promise<void> {
  const { user } = await requireCoach(PAGE);
  await runClick(() => startTwoFactorSetup(getDb(), { userId: user.id, authSecret: env().authSecret }));
  revalidatePath(PAGE);
}

export async function cancelTwoFactorSetupAction(): Promise<void> {
  const { user } = await requireCoach(PAGE);
  await cancelTwoFactorSetup(getDb(), { userId: user.id });
  revalidatePath(PAGE);
}

/**
 * The first code from the app turns two-factor on; later, a code gets a new set of recovery codes.
 * One action for both, so the form that shows the codes stays in place when setup completes.
 */
export async function saveRecoveryCodesAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { user } = await requireCoach(PAGE);
  const values = formValues(formData);
  const db = getDb();
  const authSecret = env().authSecret;
  const opts = { userId: user.id, code: values.code ?? "", authSecret, now: new Date() };
  const state = await runAction({}, async () => {
    const settings = await getTwoFactorSettings(db, { userId: user.id, authSecret });
    if (settings.status === "off") throw new InvalidInputError({}, "Start the setup first.");
    if (settings.status === "pending") {
      const codes = await confirmTwoFactorSetup(db, { ...opts, sessionToken: await currentSessionToken() });
      return { message: "Two-factor authentication is on.", data: { codes } };
    }
    const codes = await regenerateRecoveryCodes(db, opts);
    return { message: "New recovery codes made; the old ones no longer work.", data: { codes } };
  });
  revalidatePath(PAGE);
  return state;
}

export async function disableTwoFactorAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { user } = await requireCoach(PAGE);
  const values = formValues(formData);
  const state = await runAction({}, async () => {
    await disableTwoFactor(getDb(), { userId: user.id, code: values.code ?? "", authSecret: env().authSecret, now: new Date() });
    return "Two-factor authentication is off.";
  });
  if (state.status !== "ok") return state;
  revalidatePath(PAGE);
  redirect(`${PAGE}?turnedOff=1`);
}
