// What a coach form's server action answers: field errors, the submitted values (so nothing typed
// is lost), and a message. The domain's typed errors become messages here; others are rethrown.
import { notFound } from "next/navigation";
import { InvalidInputError, NotFoundError } from "@/lib/crm/errors";

export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** Changes with every answer, so a form can remount with fresh defaults after success. */
  at?: number;
  data?: Record<string, unknown>;
};

export const IDLE: FormState = { status: "idle" };

/** The form's text fields (React's own `$ACTION` fields left out). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}

export function ok(message: string, data?: Record<string, unknown>): FormState {
  return { status: "ok", message, at: Date.now(), data };
}

export function failed(message: string, values?: Record<string, string>, fieldErrors?: Record<string, string[]>): FormState {
  return { status: "error", message, values, fieldErrors, at: Date.now() };
}

/**
 * Runs a service for a form: success -> ok(message); InvalidInputError -> field errors with the
 * input kept; NotFoundError -> notFound(); errors named in `known` -> their message. Anything else
 * (including Next's redirect) is rethrown.
 */
export async function runForm(
  values: Record<string, string>,
  work: () => Promise<string | FormState>,
  known: (new (...args: never[]) => Error)[] = [],
): Promise<FormState> {
  try {
    const result = await work();
    return typeof result === "string" ? ok(result) : result;
  } catch (err) {
    if (err instanceof InvalidInputError) return failed(err.message, values, err.fieldErrors);
    if (err instanceof NotFoundError) notFound();
    if (known.some((k) => err instanceof k)) return failed((err as Error).message, values);
    throw err;
  }
}
