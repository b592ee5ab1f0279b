"use client";
import { useActionState } from "react";
import { IDLE } from "@/app/_components/forms/action-state";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { bookFollowUpAction } from "../actions";

/** The confirm step's button: books the chosen time with one credit; a failure is said next to it. */
export function ConfirmBookingForm({ start }: { start: string }) {
  const [state, action] = useActionState(bookFollowUpAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="start" value={start} />
      {state.status === "error" ? (
        <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">{state.fieldErrors?.start?.[0] ?? state.message}</p>
      ) : null}
      <SubmitButton pendingLabel="Booking…">Confirm booking</SubmitButton>
    </form>
  );
}
