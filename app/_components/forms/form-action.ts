import "server-only";
// The one server-action contract: guard -> parse (Conform's parseWithZod over our zod schema) ->
// service -> ActionState. Domain errors map by code in one place (lib/errors.ts):
// invalid_input -> field errors with the input kept; not_found -> notFound(); forbidden ->
// forbidden(); any other code -> the form's message. Anything else (Next's redirect included) is
// rethrown. Each action file still calls its guard by name (`guard: () => requireCoach()`), so the
// authorization matrix can read it from the source.
import { parseWithZod } from "@conform-to/zod/v4";
import { forbidden, notFound } from "next/navigation";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { failed, formValues, ok, type ActionState } from "./action-state";

/** What a service call answers: a message, or a message with the saved values / extra data. */
export type ActionOutcome = string | { message: string; values?: Record<string, string>; data?: Record<string, unknown> };

type Definition<Ctx, Schema extends z.ZodType> = {
  guard: () => Promise<Ctx>;
  schema: Schema;
  run: (input: z.output<Schema>, ctx: Ctx, values: Record<string, string>) => Promise<ActionOutcome>;
  /** The form's message when a field is wrong. */
  invalidMessage?: string;
};

const INVALID = "Please correct the highlighted fields.";

/** Maps what a service threw to the form's answer, or rethrows it. */
export function errorState(err: unknown, values: Record<string, string>): ActionState {
  if (!isAppError(err)) throw err;
  if (err.code === "not_found") notFound();
  if (err.code === "forbidden") forbidden();
  return failed(err.message, values, err.allFieldErrors);
}

/** Runs `work`, mapping its answer and its domain errors to an ActionState. */
export async function runAction(values: Record<string, string>, work: () => Promise<ActionOutcome>): Promise<ActionState> {
  try {
    const outcome = await work();
    return typeof outcome === "string" ? ok(outcome) : ok(outcome.message, { values: outcome.values, data: outcome.data });
  } catch (err) {
    return errorState(err, values);
  }
}

export type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | { ok: false; state: ActionState };

/** Parses a form with its zod schema; on failure, the answer to give (each field's messages, the input kept). */
export function parseForm<Schema extends z.ZodType>(formData: FormData, schema: Schema, invalidMessage = INVALID): Parsed<z.output<Schema>> {
  const values = formValues(formData);
  // Our schemas read the form's strings themselves (a blank clears a field), so no coercion here.
  const submission = parseWithZod(formData, { schema, disableAutoCoercion: true });
  if (submission.status === "success") return { ok: true, data: submission.value as z.output<Schema>, values };
  const fieldErrors: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(submission.error ?? {})) if (messages?.length) fieldErrors[name || "form"] = messages;
  return { ok: false, state: failed(invalidMessage, values, fieldErrors) };
}

/**
 * Runs a one-click form's work (tick, move, delete; no state to answer with): a missing or foreign
 * target is a 404 and a forbidden one a 403, as if the page had been opened; another domain error
 * changes nothing and the page shows the stored state again.
 */
export async function runClick(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (err) {
    errorState(err, {});
    return false;
  }
}

/** A form action for useActionState: `(previous, formData) => ActionState`. Works without JavaScript. */
export function formAction<Ctx, Schema extends z.ZodType>(def: Definition<Ctx, Schema>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const ctx = await def.guard();
    const parsed = parseForm(formData, def.schema, def.invalidMessage);
    if (!parsed.ok) return parsed.state;
    return runAction(parsed.values, () => def.run(parsed.data, ctx, parsed.values));
  };
}

/** A one-click form action (`<form action={…}>`): guard, parse, run; see runClick for errors. */
export function buttonAction<Ctx, Schema extends z.ZodType>(def: Omit<Definition<Ctx, Schema>, "invalidMessage">) {
  return async (formData: FormData): Promise<void> => {
    const ctx = await def.guard();
    const parsed = parseForm(formData, def.schema);
    if (parsed.ok) await runClick(() => def.run(parsed.data, ctx, parsed.values));
  };
}
