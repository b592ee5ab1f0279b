"use client";
import { useActionState } from "react";
import { Button } from "@/app/_components/ui";
import { buyPackage, type BuyPackageState } from "./actions";

/** The buy button's form: posts to the server action, which redirects to Stripe Checkout. */
export function BuyPackageForm({ packageId, packageName, action = buyPackage, label }: {
  packageId: string;
  packageName: string;
  action?: (prev: BuyPackageState, formData: FormData) => Promise<BuyPackageState>;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState<BuyPackageState, FormData>(action, {});
  const errorId = `buy-${packageId}-error`;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="packageId" value={packageId} />
      <Button type="submit" className="w-full rounded-full" disabled={pending} aria-describedby={state.error ? errorId : undefined}>
        {pending ? "Opening secure checkout…" : (label ?? `Buy ${packageName}`)}
      </Button>
      {state.error ? <p id={errorId} role="alert" className="text-sm text-danger">{state.error}</p> : null}
    </form>
  );
}
