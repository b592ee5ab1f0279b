"use client";
import { useActionState } from "react";
import { Button } from "@/app/_components/ui";
import { IDLE, type ActionState } from "@/app/_components/forms/action-state";

/** Cancel button with the outcome (credit returned or not) announced next to it. */
export function CancelSessionForm({ action, label, lateNotice }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; label: string; lateNotice: boolean }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "ok") return <p role="status" className="text-sm">{state.message}</p>;
  return (
    <form action={formAction} className="space-y-1">
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-label={label}>{pending ? "Cancelling…" : "Cancel session"}</Button>
      {lateNotice ? <p className="text-xs text-warning">Less than 24 hours away: cancelling now uses the credit.</p> : null}
      {state.status === "error" ? <p role="alert" className="text-sm text-danger">{state.message}</p> : null}
    </form>
  );
}
