"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/app/_components/ui/button";

/** The one submit button: disabled while its form's action runs, showing `pendingLabel` if given. */
export function SubmitButton({ children, pendingLabel, ...props }: ButtonProps & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" {...props} disabled={pending || props.disabled} aria-disabled={pending || undefined}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
