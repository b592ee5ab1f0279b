"use client";
import { useActionState } from "react";
import { Field, Input } from "@/app/_components/ui";
import type { ButtonProps } from "@/app/_components/ui/button";
import { FormMessage } from "@/app/_components/forms/form-message";
import { IDLE, type ActionState } from "@/app/_components/forms/action-state";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { RecoveryCodesList } from "./recovery-codes-list";

type CodeFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  idPrefix: string;
  submitLabel: string;
  pendingLabel?: string;
  /** Recovery codes are accepted too (the label and keyboard say so). */
  allowRecovery?: boolean;
  hint?: string;
  hidden?: Record<string, string>;
  submitVariant?: ButtonProps["variant"];
};

/**
 * One field for a code from the authenticator app (or a recovery code), sent to a server action;
 * works without JavaScript. When the action answers with new recovery codes, they are shown here,
 * once.
 */
export function TwoFactorCodeForm({ action, idPrefix, submitLabel, pendingLabel, allowRecovery, hint, hidden, submitVariant }: CodeFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const codes = state.status === "ok" && Array.isArray(state.data?.codes) ? (state.data.codes as string[]) : null;
  const id = `${idPrefix}-code`;
  return (
    <div className="space-y-4">
      {codes ? <RecoveryCodesList codes={codes} /> : null}
      <form action={formAction} className="space-y-4" noValidate>
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Field id={id} label={allowRecovery ? "Authentication code or recovery code" : "6-digit code from your authenticator app"} error={state.fieldErrors?.code} hint={hint}>
          <Input
            name="code"
            autoComplete="one-time-code"
            inputMode={allowRecovery ? "text" : "numeric"}
            autoCapitalize="none"
            spellCheck={false}
            maxLength={allowRecovery ? 16 : 6}
            required
            className="max-w-xs font-mono tracking-widest"
          />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton variant={submitVariant} pendingLabel={pendingLabel ?? "Checking…"}>{submitLabel}</SubmitButton>
          {state.fieldErrors?.code ? null : <FormMessage state={state} />}
        </div>
      </form>
    </div>
  );
}
