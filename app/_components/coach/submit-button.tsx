"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/app/_components/ui/button";

/** A submit button that shows it is working while its form's action runs. */
export function SubmitButton({ children, pendingLabel, ...props }: ButtonProps & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-disabled={pending || undefined} {...props}>
      {pending ? (pendingLabel ?? "Saving…") : children}
    </Button>
  );
}
