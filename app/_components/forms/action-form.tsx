"use client";
import { useActionState, type ReactNode } from "react";
import { Checkbox, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { cn } from "@/app/_components/ui/cn";
import type { ButtonProps } from "@/app/_components/ui/button";
import { FormMessage } from "./form-message";
import { formKey, IDLE, startingValue, type ActionState } from "./action-state";
import { SubmitButton } from "./submit-button";

export type FieldSpec = {
  name: string;
  label: string;
  kind?: "text" | "email" | "tel" | "url" | "number" | "date" | "time" | "textarea" | "select" | "checkbox" | "hidden";
  defaultValue?: string;
  /** For checkboxes. */
  defaultChecked?: boolean;
  options?: { value: string; label: string }[];
  /** Values offered as the person types (a datalist): any text is still accepted. */
  suggestions?: string[];
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
  rows?: number;
  min?: number;
  max?: number;
  /** Grid span on wide screens when the form has two columns. */
  wide?: boolean;
};

export type FormActionFn = (state: ActionState, formData: FormData) => Promise<ActionState>;

type ActionFormProps = {
  action: FormActionFn;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel?: string;
  /** Hidden inputs (ids the action needs; the action checks ownership itself). */
  hidden?: Record<string, string>;
  /** Empty the form after a success (add forms). */
  resetOnSuccess?: boolean;
  columns?: 1 | 2;
  idPrefix: string;
  submitVariant?: ButtonProps["variant"];
  className?: string;
  children?: ReactNode;
};

/**
 * The one server-action form, built from field descriptions: labels, hints and each field's error
 * next to it, the typed values kept on error, a pending submit button. Works without JavaScript.
 * After every answer it remounts (keyed on the answer and on the stored values), so its inputs and
 * selects show what is saved, never the defaults React's form reset would bring back.
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel, hidden, resetOnSuccess, columns = 1, idPrefix, submitVariant, className, children }: ActionFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const stored = Object.fromEntries(fields.map((f) => [f.name, f.kind === "checkbox" ? Boolean(f.defaultChecked) : f.defaultValue]));
  // An add form starts empty again after a success; an edit form starts from what was saved.
  const shown: ActionState = resetOnSuccess && state.status === "ok" ? IDLE : state;
  return (
    <form key={formKey(state, { ...stored, ...hidden })} action={formAction} className={cn("space-y-4", className)} noValidate>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={cn("grid gap-4", columns === 2 && "sm:grid-cols-2")}>
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          const error = state.fieldErrors?.[f.name];
          if (f.kind === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
          if (f.kind === "checkbox") {
            const checked = shown.status !== "idle" && shown.values ? shown.values[f.name] === "on" : Boolean(f.defaultChecked);
            return (
              <div key={f.name} className={cn("flex items-center gap-2 self-end pb-2", f.wide && "sm:col-span-2")}>
                <Checkbox id={id} name={f.name} defaultChecked={checked} aria-invalid={error ? true : undefined} />
                <label htmlFor={id} className="text-sm font-medium">{f.label}</label>
                {error ? <p className="text-sm text-danger" role="alert">{error[0]}</p> : null}
              </div>
            );
          }
          const common = { name: f.name, defaultValue: startingValue(shown, f.name, f.defaultValue), required: f.required, autoComplete: f.autoComplete, placeholder: f.placeholder };
          return (
            <Field key={f.name} id={id} label={f.label} error={error} hint={f.hint} className={cn((f.wide || (columns === 2 && f.kind === "textarea")) && "sm:col-span-2")}>
              {f.kind === "textarea" ? (
                <Textarea {...common} rows={f.rows ?? 4} />
              ) : f.kind === "select" ? (
                <Select {...common}>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </Select>
              ) : (
                <Input {...common} type={f.kind ?? "text"} min={f.min} max={f.max} list={f.suggestions ? `${id}-list` : undefined} />
              )}
            </Field>
          );
        })}
        {fields
          .filter((f) => f.suggestions)
          .map((f) => (
            <datalist key={f.name} id={`${idPrefix}-${f.name}-list`}>
              {f.suggestions!.map((v) => <option key={v} value={v} />)}
            </datalist>
          ))}
      </div>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant={submitVariant} pendingLabel={pendingLabel ?? "Saving…"}>{submitLabel}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
