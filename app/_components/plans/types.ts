import type { FormActionFn } from "@/app/_components/forms/action-form";

/** A server action for a plan form, already bound to what it edits. */
export type FormAction = FormActionFn;
/** A server action for a one-click form (tick, move, delete), already bound to its target. */
export type ClickAction = () => Promise<void>;
