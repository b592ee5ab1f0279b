"use server";
import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/app/_components/forms/action-state";
import { runAction } from "@/app/_components/forms/form-action";
import { requireCoachFirstFactor } from "@/lib/auth/guards";
import { safeCallbackUrl } from "@/lib/auth/sign-in-form";
import { verifySecondFactor } from "@/lib/auth/two-factor/verify";
import { currentSessionToken } from "@/lib/auth/two-factor/request";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db";

/** Checks the code for this sign-in session, then goes on to where the coach was heading. */
export async function verifyTwoFactorAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { user } = await requireCoachFirstFactor();
  const values = formValues(formData);
  const sessionToken = await currentSessionToken();
  if (!sessionToken) redirect("/sign-in");
  const state = await runAction({ callbackUrl: values.callbackUrl ?? "" }, async () => {
    await verifySecondFactor(getDb(), { userId: user.id, sessionToken, code: values.code ?? "", authSecret: env().authSecret, now: new Date() });
    return "Verified";
  });
  if (state.status !== "ok") return state;
  redirect(safeCallbackUrl(values.callbackUrl) ?? "/coach");
}
