import { cn } from "@/app/_components/ui";

/** A labelled progress bar (0-100) that screen readers announce as a progress bar. */
export function ProgressBar({ value, label, className, showValue = true }: { value: number; label: string; className?: string; showValue?: boolean }) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-2.5 flex-1 overflow-hidden rounded-full bg-muted print:border print:border-black">
        <div className="h-full rounded-full bg-primary print:bg-black" style={{ width: `${pct}%` }} />
      </div>
      {showValue ? <span className="w-10 text-right text-sm tabular-nums text-muted-foreground">{pct}%</span> : null}
    </div>
  );
}
