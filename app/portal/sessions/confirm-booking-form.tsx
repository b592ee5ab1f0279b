"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/coach/submit-button";
import type { PlanFormState } from "@/lib/plans/formState";
import { bookFollowUpAction } from "../actions";

/** The confirm step's button: books the chosen time with one credit; a failure is said next to it. */
export function ConfirmBookingForm({ start }: { start: string }) {
  const [state, action] = useActionState(bookFollowUpAction, { status: "idle" } as PlanFormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="start" value={start} />
      {state.status === "error" ? (
        <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">{state.message ?? state.errors?.start}</p>
      ) : null}
      <SubmitButton pendingLabel="Booking…">Confirm booking</SubmitButton>
    </form>
  );
}
