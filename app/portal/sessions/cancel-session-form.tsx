"use client";
import { useActionState } from "react";
import { Button } from "@/app/_components/ui";
import type { PlanFormState } from "@/lib/plans/formState";

/** The confirmed "Yes, cancel" button, with the outcome (credit returned or not) announced in its place. */
export function CancelSessionForm({ action }: { action: (state: PlanFormState, formData: FormData) => Promise<PlanFormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as PlanFormState);
  if (state.status === "ok") return <p role="status" className="text-sm">{state.message}</p>;
  return (
    <form action={formAction} className="space-y-1">
      <Button type="submit" variant="danger" size="sm" disabled={pending}>{pending ? "Cancelling…" : "Yes, cancel session"}</Button>
      {state.status === "error" ? <p role="alert" className="text-sm text-danger">{state.message}</p> : null}
    </form>
  );
}
