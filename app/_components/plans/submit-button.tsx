"use client";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/app/_components/ui/button";

/** A submit button that shows the form is being sent (for the one-click forms: tick, move, delete). */
export function SubmitButton({ children, pendingLabel, ...props }: ButtonProps & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
