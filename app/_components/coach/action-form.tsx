"use client";
import { useActionState, type ReactNode } from "react";
import { Checkbox, Field, Input, Select, Textarea } from "@/app/_components/ui";
import { cn } from "@/app/_components/ui/cn";
import type { ButtonProps } from "@/app/_components/ui/button";
import { FormMessage } from "./form-message";
import { IDLE, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

export type FieldSpec = {
  name: string;
  label: string;
  kind?: "text" | "email" | "tel" | "url" | "number" | "date" | "time" | "textarea" | "select" | "checkbox";
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

type ActionFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
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
 * A server-action form built from field descriptions: labels, hints and each field's error next
 * to it, the typed values kept on error, a pending submit button. Works without JavaScript.
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel, hidden, resetOnSuccess, columns = 1, idPrefix, submitVariant, className, children }: ActionFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const key = resetOnSuccess && state.status === "ok" ? String(state.at) : "form";
  return (
    <form key={key} action={formAction} className={cn("space-y-4", className)} noValidate>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={cn("grid gap-4", columns === 2 && "sm:grid-cols-2")}>
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          const error = state.fieldErrors?.[f.name];
          const kept = state.status === "error" ? state.values?.[f.name] : undefined;
          const value = kept ?? f.defaultValue ?? "";
          if (f.kind === "checkbox") {
            const checked = state.status === "error" ? state.values?.[f.name] === "on" : f.defaultChecked;
            return (
              <div key={f.name} className={cn("flex items-center gap-2 self-end pb-2", f.wide && "sm:col-span-2")}>
                <Checkbox id={id} name={f.name} defaultChecked={checked} />
                <label htmlFor={id} className="text-sm font-medium">{f.label}</label>
              </div>
            );
          }
          const common = { name: f.name, defaultValue: value, required: f.required, autoComplete: f.autoComplete, placeholder: f.placeholder };
          return (
            <Field key={f.name} id={id} label={f.label} error={error} hint={f.hint} className={cn(f.wide && "sm:col-span-2")}>
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
        <SubmitButton variant={submitVariant} pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
