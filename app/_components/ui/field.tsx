import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { cn } from "./cn";

type FieldProps = {
  id: string;
  label: ReactNode;
  error?: string | string[];
  hint?: ReactNode;
  className?: string;
  children: ReactElement<Record<string, unknown>>;
};

/** Label, control, hint and error wired together (aria-describedby, aria-invalid). */
export function Field({ id, label, error, hint, className, children }: FieldProps) {
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy })
    : children;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {control}
      {hint ? <p id={`${id}-hint`} className="text-xs text-muted-foreground">{hint}</p> : null}
      {message ? <p id={`${id}-error`} className="text-sm text-danger" role="alert">{message}</p> : null}
    </div>
  );
}
