"use client";
import { useActionState } from "react";
import { Button, Field, Input } from "@/app/_components/ui";
import { refundPayment, type RefundFormState } from "./actions";

export function RefundForm({ purchaseId, defaultAmount, currency, hint }: { purchaseId: string; defaultAmount: string; currency: string; hint: string }) {
  const [state, action, pending] = useActionState<RefundFormState, FormData>(refundPayment, {});
  return (
    <form key={state.amount ?? ""} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="purchaseId" value={purchaseId} />
      <Field id="amount" label={`Amount to refund (${currency.toUpperCase()})`} error={state.error} hint={hint}>
        <Input name="amount" inputMode="decimal" autoComplete="off" defaultValue={state.amount ?? defaultAmount} className="max-w-48" required />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>{pending ? "Sending to Stripe…" : "Refund"}</Button>
    </form>
  );
}
