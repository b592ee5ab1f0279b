"use client";
import { useActionState, useEffect, useRef } from "react";
import type { IntakeQuestion } from "@/db/schema";
import { Button, Checkbox, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { bookFromPage, type BookFormState } from "../book/actions";

type Props = {
  typeSlug: string;
  start: string;
  startLabel: string;
  tz: string;
  src?: string;
  coachName: string;
  questions: IntakeQuestion[];
};

/** The intake form: a server action; errors next to each field, answers kept on any error. */
export function IntakeForm({ typeSlug, start, startLabel, tz, src, coachName, questions }: Props) {
  const [state, action, pending] = useActionState<BookFormState, FormData>(bookFromPage, {});
  const v = state.values ?? {};
  const err = state.fieldErrors ?? {};
  const form = useRef<HTMLFormElement>(null);
  // After a failed submit, focus goes to the first field in error (or the form's message).
  useEffect(() => {
    if (!state.fieldErrors && !state.formError && !state.slotTaken) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('[role="alert"], input[name="start"][type="radio"]');
    if (!target) return;
    if (target.getAttribute("role") === "alert") target.tabIndex = -1;
    target.focus();
  }, [state]);
  return (
    <form ref={form} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="type" value={typeSlug} />
      <input type="hidden" name="tz" value={tz} />
      {src ? <input type="hidden" name="src" value={src} /> : null}

      {state.formError ? (
        <p role="alert" className="rounded-md border border-danger p-3 text-sm text-danger">
          {state.formError}
        </p>
      ) : null}

      {state.slotTaken ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Choose another time ({tz})</legend>
          {state.alternatives && state.alternatives.length > 0 ? (
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {state.alternatives.map((a, i) => (
                <label key={a.start} className="flex cursor-pointer items-center gap-2 rounded-md border border-border p-2 text-sm has-[:checked]:border-primary">
                  <input type="radio" name="start" value={a.start} defaultChecked={i === 0} required />
                  <span>
                    {a.day}, {a.label}
                  </span>
                </label>
              ))}
            </div>
          ) : (
            <p className="text-sm">No other times in the next week. Please pick another day above.</p>
          )}
        </fieldset>
      ) : (
        <>
          <input type="hidden" name="start" value={start} />
          <p className="rounded-md bg-muted p-3 text-sm">
            <span className="font-medium">Your time:</span> {startLabel}
          </p>
          {err.start ? (
            <p role="alert" className="text-sm text-danger">
              {err.start}
            </p>
          ) : null}
        </>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label="Your name" error={err.name}>
          <Input name="name" autoComplete="name" required defaultValue={v.name} key={`name-${v.name}`} />
        </Field>
        <Field id="email" label="Email address" error={err.email} hint="Your confirmation and calendar invite go here.">
          <Input name="email" type="email" autoComplete="email" required defaultValue={v.email} key={`email-${v.email}`} />
        </Field>
      </div>

      {questions.map((q) => (
        <Field key={q.id} id={`q-${q.id}`} label={q.label + (q.required ? "" : " (optional)")} error={err[q.id]}>
          {q.kind === "select" ? (
            <Select name={q.id} required={q.required} defaultValue={v[q.id] ?? ""} key={`${q.id}-${v[q.id]}`}>
              <option value="" disabled>
                Choose one
              </option>
              {(q.options ?? []).map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </Select>
          ) : q.kind === "textarea" ? (
            <Textarea name={q.id} required={q.required} rows={4} defaultValue={v[q.id]} key={`${q.id}-${v[q.id]}`} />
          ) : (
            <Input name={q.id} required={q.required} defaultValue={v[q.id]} key={`${q.id}-${v[q.id]}`} />
          )}
        </Field>
      ))}

      <div className="space-y-1.5">
        <div className="flex items-start gap-2">
          <Checkbox
            id="consent"
            name="consent"
            required
            defaultChecked={v.consent === "on"}
            key={`consent-${v.consent}`}
            className="mt-0.5"
            aria-invalid={err.consent ? true : undefined}
            aria-describedby={err.consent ? "consent-error" : undefined}
          />
          <label htmlFor="consent" className="text-sm">
            I agree that {coachName} may store these details to prepare for this call and follow up on it.
          </label>
        </div>
        {err.consent ? (
          <p id="consent-error" role="alert" className="text-sm text-danger">
            {err.consent}
          </p>
        ) : null}
      </div>

      {/* Hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <Button type="submit" size="lg" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Booking…" : "Confirm booking"}
      </Button>
    </form>
  );
}
