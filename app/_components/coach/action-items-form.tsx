"use client";
import { useActionState } from "react";
import { Checkbox, Field, Input, Select } from "@/app/_components/ui";
import { FormMessage } from "@/app/_components/forms/form-message";
import { IDLE, type ActionState } from "@/app/_components/forms/action-state";
import { SubmitButton } from "@/app/_components/forms/submit-button";

/** Tick lines of the session notes to add them as action items on the client's plan. */
export function ActionItemsForm({ action, bookingId, lines }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; bookingId: string; lines: string[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const key = state.status === "ok" ? String(state.at) : "form";
  return (
    <form key={key} action={formAction} className="space-y-4">
      <input type="hidden" name="bookingId" value={bookingId} />
      <fieldset aria-describedby={state.fieldErrors?.lines ? "lines-error" : undefined}>
        <legend className="mb-2 text-sm font-medium">Lines of the notes</legend>
        <ul className="space-y-1.5">
          {lines.map((line, i) => (
            <li key={`${i}-${line}`} className="flex items-start gap-2">
              <Checkbox id={`line-${i}`} name="lines" value={line} className="mt-0.5" />
              <label htmlFor={`line-${i}`} className="text-sm">{line}</label>
            </li>
          ))}
        </ul>
        {state.fieldErrors?.lines ? <p id="lines-error" className="mt-1 text-sm text-danger" role="alert">{state.fieldErrors.lines[0]}</p> : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="items-owner" label="Who does it">
          <Select name="owner" defaultValue={state.values?.owner ?? "client"}>
            <option value="client">The client</option>
            <option value="coach">Me (coach)</option>
          </Select>
        </Field>
        <Field id="items-due" label="Due (optional)" error={state.fieldErrors?.dueDate}>
          <Input type="date" name="dueDate" defaultValue={state.values?.dueDate ?? ""} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Adding…">Create action items</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
