// What a plan form's server action answers: each field's first error, the submitted values (so the
// form shows them again), and a message. Shared by the coach editor and the portal.
import { z } from "zod";
import { InvalidPlanInputError, PlanError } from "./errors";

export type PlanFormState = {
  status: "idle" | "ok" | "error";
  errors?: Record<string, string>;
  values?: Record<string, string>;
  message?: string;
  /** Changes with every answer, so the form can remount with fresh defaults. */
  at?: number;
};

export const IDLE_FORM: PlanFormState = { status: "idle" };

/** The form's text fields (files and React's own `$ACTION` fields left out). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}

export function invalidForm(error: z.ZodError, values: Record<string, string>): PlanFormState {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return { status: "error", errors, values, message: "Please correct the highlighted fields.", at: Date.now() };
}

export function okForm(message: string): PlanFormState {
  return { status: "ok", message, at: Date.now() };
}

/** Runs a plan service; its typed errors become the form's message (or a field's error). Others are rethrown. */
export async function runPlanForm(values: Record<string, string>, work: () => Promise<string>): Promise<PlanFormState> {
  try {
    return okForm(await work());
  } catch (err) {
    if (err instanceof InvalidPlanInputError && err.field) return { status: "error", errors: { [err.field]: err.message }, values, at: Date.now() };
    if (err instanceof PlanError) return { status: "error", message: err.message, values, at: Date.now() };
    throw err;
  }
}
