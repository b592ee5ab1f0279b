"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireCoach } from "@/lib/auth/guards";
import { requireRecentSecondFactor } from "@/lib/auth/two-factor/request";
import { RefundNotPossibleError } from "@/lib/errors";
import { parseAmountToMinorUnits } from "@/lib/validation";
import { requestRefund } from "@/lib/billing/request-refund";
import { paymentSettings } from "@/lib/billing/stripe-client";
import { getDb } from "@/lib/db";

export type RefundFormState = { error?: string; amount?: string };

const refundSchema = z.object({
  purchaseId: z.uuid(),
  amount: z.string().trim().min(1, "Enter an amount to refund"),
});

export async function refundPayment(_prev: RefundFormState, formData: FormData): Promise<RefundFormState> {
  const { user, coach } = await requireCoach("/coach/payments");
  const parsed = refundSchema.safeParse({ purchaseId: formData.get("purchaseId"), amount: formData.get("amount") ?? "" });
  const amount = String(formData.get("amount") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter an amount to refund", amount };
  await requireRecentSecondFactor(user.id, `/coach/payments/${parsed.data.purchaseId}`, new Date());
  const cents = parseAmountToMinorUnits(parsed.data.amount);
  if (cents === null || cents <= 0) return { error: "Enter an amount like 150 or 150.00", amount };
  const settings = paymentSettings();
  if (!settings) return { error: "Online payment is not set up, so refunds cannot be sent to Stripe from here.", amount };
  try {
    await requestRefund(getDb(), settings.stripe, { coachId: coach.id, purchaseId: parsed.data.purchaseId, amountCents: cents });
  } catch (err) {
    if (err instanceof RefundNotPossibleError) {
      if (err.cause) console.error("Stripe refund failed", err.cause);
      return { error: err.message, amount };
    }
    throw err;
  }
  redirect(`/coach/payments/${parsed.data.purchaseId}?refund=requested`);
}
