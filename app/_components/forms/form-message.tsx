import type { ActionState } from "./action-state";

/** The form's overall result, announced politely to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (state.status === "idle" || !state.message) return null;
  return (
    <p role="status" className={state.status === "error" ? "text-sm font-medium text-danger" : "text-sm font-medium text-success"}>
      {state.message}
    </p>
  );
}
