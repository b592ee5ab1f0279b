"use client";
import { useActionState } from "react";
import { Button, Field, Textarea } from "@/app/_components/ui";
import { cancelFromLink, rescheduleFromLink, type ManageFormState } from "../booking/[token]/actions";

export function RescheduleForm({ token, start, tz, label }: { token: string; start: string; tz: string; label: string }) {
  const [state, action, pending] = useActionState<ManageFormState, FormData>(rescheduleFromLink, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="tz" value={tz} />
      <p className="rounded-md bg-muted p-3 text-sm">
        <span className="font-medium">New time:</span> {label}
      </p>
      {state.formError ? (
        <p role="alert" className="text-sm text-danger">
          {state.formError}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Moving…" : "Move my call to this time"}
      </Button>
    </form>
  );
}

export function CancelForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ManageFormState, FormData>(cancelFromLink, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <Field id="reason" label="Reason (optional)" hint="It helps the coach; it is not required.">
        <Textarea name="reason" rows={3} maxLength={1000} defaultValue={state.reason} key={state.reason} />
      </Field>
      {state.formError ? (
        <p role="alert" className="text-sm text-danger">
          {state.formError}
        </p>
      ) : null}
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Cancelling…" : "Cancel booking"}
      </Button>
    </form>
  );
}
