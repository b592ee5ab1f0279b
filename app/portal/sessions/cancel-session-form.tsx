"use client";
import { useActionState } from "react";
import { Button } from "@/app/_components/ui";
import { IDLE, type ActionState } from "@/app/_components/forms/action-state";

/** The confirmed "Yes, cancel" button, with the outcome (credit returned or not) announced in its place. */
export function CancelSessionForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "ok") return <p role="status" className="text-sm">{state.message}</p>;
  return (
    <form action={formAction} className="space-y-1">
      <Button type="submit" variant="danger" size="sm" disabled={pending}>{pending ? "Cancelling…" : "Yes, cancel session"}</Button>
      {state.status === "error" ? <p role="alert" className="text-sm text-danger">{state.message}</p> : null}
    </form>
  );
}
