import type { FormState } from "./form-state";

/** The form's overall result, announced politely to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  return (
    <p role="status" className={state.status === "error" ? "text-sm font-medium text-danger" : "text-sm font-medium text-success"}>
      {state.message}
    </p>
  );
}
