"use client";
import { useActionState } from "react";
import { Button, Checkbox, Field, Input, Select, Textarea, cn } from "@/app/_components/ui";
import type { PlanFormState } from "@/lib/plans/formState";

export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "select" | "date" | "number" | "checkbox" | "url" | "hidden";
  defaultValue?: string;
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
  /** Spans both columns of a two-column form. */
  wide?: boolean;
};

type Props = {
  action: (state: PlanFormState, formData: FormData) => Promise<PlanFormState>;
  fields: FieldSpec[];
  submitLabel: string;
  /** Makes field ids unique when a page holds several forms. */
  idPrefix: string;
  /** Clears the fields after a successful save (forms that add something). */
  resetOnSuccess?: boolean;
  columns?: 1 | 2;
  className?: string;
};

/** A server-action form built from field specs: errors beside each field, input kept on error, pending state. */
export function PlanForm({ action, fields, submitLabel, idPrefix, resetOnSuccess, columns = 2, className }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as PlanFormState);
  const kept = state.status === "error" ? state.values : undefined;
  const valueOf = (f: FieldSpec) => (kept ? (kept[f.name] ?? "") : (f.defaultValue ?? ""));
  // Remount after each answer: uncontrolled fields then show the kept input, or fresh defaults.
  const key = resetOnSuccess || kept ? String(state.at ?? 0) : "form";
  return (
    <form key={key} action={formAction} noValidate className={cn("space-y-4", className)}>
      <div className={cn("grid gap-4", columns === 2 && "sm:grid-cols-2")}>
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          const error = state.errors?.[f.name];
          if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
          if (f.type === "checkbox") {
            const checked = kept ? kept[f.name] === "on" : f.defaultValue === "on";
            return (
              <div key={f.name} className={cn("flex items-center gap-2 self-end pb-2", f.wide && "sm:col-span-2")}>
                <Checkbox id={id} name={f.name} defaultChecked={checked} aria-invalid={error ? true : undefined} />
                <label htmlFor={id} className="text-sm font-medium">{f.label}</label>
                {error ? <p className="text-sm text-danger" role="alert">{error}</p> : null}
              </div>
            );
          }
          const common = { name: f.name, defaultValue: valueOf(f), required: f.required };
          return (
            <Field key={f.name} id={id} label={f.label} error={error} hint={f.hint} className={cn((f.wide || f.type === "textarea") && "sm:col-span-2")}>
              {f.type === "textarea" ? (
                <Textarea {...common} rows={3} />
              ) : f.type === "select" ? (
                <Select {...common}>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </Select>
              ) : (
                <Input {...common} type={f.type === "url" ? "text" : f.type} inputMode={f.type === "number" ? "numeric" : f.type === "url" ? "url" : undefined} min={f.min} max={f.max} />
              )}
            </Field>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
        <p role="status" className={cn("text-sm", state.status === "error" ? "text-danger" : "text-success")}>
          {state.message && !(state.status === "error" && state.errors) ? state.message : state.status === "error" ? "Please correct the fields marked above." : ""}
        </p>
      </div>
    </form>
  );
}
