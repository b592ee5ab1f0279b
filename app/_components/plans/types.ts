import type { PlanFormState } from "@/lib/plans/formState";

/** A server action for a PlanForm, already bound to what it edits. */
export type FormAction = (state: PlanFormState, formData: FormData) => Promise<PlanFormState>;
/** A server action for a one-click form (tick, move, delete), already bound to its target. */
export type ClickAction = () => Promise<void>;
