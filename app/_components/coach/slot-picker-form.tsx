"use client";
import { useActionState } from "react";
import { Checkbox } from "@/app/_components/ui";
import { FormMessage } from "@/app/_components/forms/form-message";
import { IDLE, type ActionState } from "@/app/_components/forms/action-state";
import { SubmitButton } from "@/app/_components/forms/submit-button";

export type SlotDay = { date: string; label: string; slots: { start: string; label: string }[] };

/** Pick one free time (radio buttons grouped by day) and submit it to a booking action. */
export function SlotPickerForm({
  action, hidden, days, submitLabel, idPrefix, credit,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  days: SlotDay[];
  submitLabel: string;
  idPrefix: string;
  /** Offer "use a package credit" (required for clients-only types). */
  credit?: { required: boolean };
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const chosen = state.values?.start;
  const withSlots = days.filter((d) => d.slots.length);
  return (
    <form action={formAction} className="space-y-4">
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {withSlots.length === 0 ? (
        <p className="text-sm text-muted-foreground">No free times in this period.</p>
      ) : (
        <div className="relative max-h-96 space-y-3 overflow-y-auto rounded-md border border-border p-3">
          {withSlots.map((day) => (
            <fieldset key={day.date}>
              <legend className="mb-1 text-sm font-semibold">{day.label}</legend>
              <div className="flex flex-wrap gap-2">
                {day.slots.map((slot) => {
                  const id = `${idPrefix}-${slot.start}`;
                  return (
                    <div key={slot.start}>
                      <input id={id} type="radio" name="start" value={slot.start} defaultChecked={chosen === slot.start} className="peer sr-only" />
                      <label htmlFor={id} className="inline-block cursor-pointer rounded-md border border-border bg-card px-2.5 py-1 text-sm peer-checked:border-primary peer-checked:bg-primary peer-checked:text-primary-foreground peer-focus-visible:outline-2 peer-focus-visible:outline-ring">
                        {slot.label}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
      )}
      {state.fieldErrors?.start ? <p className="text-sm text-danger" role="alert">{state.fieldErrors.start[0]}</p> : null}
      {credit ? (
        <div className="flex items-center gap-2">
          <Checkbox id={`${idPrefix}-credit`} name="useCredit" defaultChecked={credit.required || state.values?.useCredit === "on"} />
          <label htmlFor={`${idPrefix}-credit`} className="text-sm">Use a credit from the client’s package{credit.required ? " (required for this session type)" : ""}</label>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton disabled={withSlots.length === 0} pendingLabel="Booking…">{submitLabel}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
