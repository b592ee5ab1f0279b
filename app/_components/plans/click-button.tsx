import type { ReactNode } from "react";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import type { ClickAction } from "./types";

/** A one-click form with a small button: move up/down, remove. `label` is what screen readers hear. */
export function ClickButton({ action, label, children, variant = "secondary" }: { action: ClickAction; label: string; children: ReactNode; variant?: "secondary" | "ghost" | "danger" }) {
  return (
    <form action={action}>
      <SubmitButton variant={variant} size="sm" aria-label={label} title={label}>
        {children}
      </SubmitButton>
    </form>
  );
}
