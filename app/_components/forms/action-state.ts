// What every form's server action answers (the one ActionState). Shared by the builder on the
// server (form-action.ts) and the forms in the browser.

export type ActionState = {
  status: "idle" | "ok" | "error";
  /** The form's overall message, shown beside the submit button. */
  message?: string;
  /** Each field's messages, keyed by field name. */
  fieldErrors?: Record<string, string[]>;
  /** On error: what was submitted (nothing typed is lost). On success: what was saved. */
  values?: Record<string, string>;
  /** Changes with every answer: forms key on it, so React's form reset cannot bring back stale defaults. */
  at?: number;
  /** Anything else the form shows (an import's report, a new record's id). */
  data?: Record<string, unknown>;
};

export const IDLE: ActionState = { status: "idle" };

/** A form's text fields (files and React's own `$ACTION` fields left out). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}

export function ok(message: string, extra: Pick<ActionState, "values" | "data"> = {}): ActionState {
  return { status: "ok", message, at: Date.now(), ...extra };
}

export function failed(message: string, values?: Record<string, string>, fieldErrors?: Record<string, string[]>, data?: Record<string, unknown>): ActionState {
  return { status: "error", message, values, fieldErrors, at: Date.now(), data };
}

/**
 * The key a form is rendered under: it changes with every answer and whenever the saved values it
 * starts from change (another form on the page saved, or the page was revalidated), so uncontrolled
 * inputs and selects always remount with what is stored.
 */
export function formKey(state: ActionState, defaults: Record<string, string | boolean | undefined>): string {
  return `${state.at ?? 0}:${JSON.stringify(defaults)}`;
}

/** The value a field starts from: what was typed after an error, what was saved after success, else the stored default. */
export function startingValue(state: ActionState, name: string, stored: string | undefined): string {
  if (state.status !== "idle" && state.values && name in state.values) return state.values[name] ?? "";
  return stored ?? "";
}
