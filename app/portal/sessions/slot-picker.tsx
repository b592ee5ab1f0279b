"use client";
import { useActionState } from "react";
import { Button } from "@/app/_components/ui";
import { IDLE } from "@/app/_components/forms/action-state";
import { bookFollowUpAction } from "../actions";

export type SlotDay = { date: string; label: string; slots: { start: string; label: string }[] };

/** The free times, one button each; choosing one books it with a credit. Works without JavaScript. */
export function SlotPicker({ days, zoneLabel }: { days: SlotDay[]; zoneLabel: string }) {
  const [state, action, pending] = useActionState(bookFollowUpAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <p role="status" className={state.status === "error" ? "rounded-md border border-danger p-3 text-sm text-danger" : state.status === "ok" ? "rounded-md border border-success p-3 text-sm" : "sr-only"}>
        {state.fieldErrors?.start?.[0] ?? state.message ?? ""}
      </p>
      <p className="text-sm text-muted-foreground">Times are shown in {zoneLabel}.</p>
      {days.map((day) => (
        <fieldset key={day.date} className="space-y-2">
          <legend className="text-sm font-semibold">{day.label}</legend>
          <div className="flex flex-wrap gap-2">
            {day.slots.map((slot) => (
              <Button key={slot.start} type="submit" name="start" value={slot.start} variant="secondary" size="sm" disabled={pending} aria-label={`Book ${day.label} at ${slot.label}`}>
                {slot.label}
              </Button>
            ))}
          </div>
        </fieldset>
      ))}
    </form>
  );
}
