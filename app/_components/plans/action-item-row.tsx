import type { ReactNode } from "react";
import { Badge, cn } from "@/app/_components/ui";
import { isOverdue } from "@/lib/plans";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import type { ClickAction } from "./types";
import { formatCalendarDate } from "@/lib/format";

type Item = { id: string; title: string; owner: "client" | "coach"; dueDate: string | null; doneAt: Date | null };

/** One action item: tick button (when the viewer may tick it), title, owner, due date and overdue mark. */
export function ActionItemRow({ item, today, ownerLabel, tick, children, note }: {
  item: Item;
  today: string;
  ownerLabel: string;
  /** Present when the viewer may tick this item; bound to the new state (done or not). */
  tick?: ClickAction;
  /** Editing controls (the coach's). */
  children?: ReactNode;
  note?: ReactNode;
}) {
  const done = item.doneAt != null;
  const overdue = isOverdue(item, today);
  return (
    <li className="rounded-md border border-border bg-card p-3 print-break">
      <div className="flex flex-wrap items-start gap-3">
        {tick ? (
          <form action={tick}>
            <SubmitButton variant={done ? "secondary" : "primary"} size="sm" pendingLabel="Saving…" aria-label={done ? `Mark “${item.title}” as not done` : `Mark “${item.title}” as done`}>
              {done ? "Undo" : "Mark done"}
            </SubmitButton>
          </form>
        ) : (
          <span className={cn("inline-flex h-8 items-center text-sm", done ? "text-success" : "text-muted-foreground")}>{done ? "✓ Done" : "Open"}</span>
        )}
        <div className="min-w-0 flex-1 space-y-1">
          <p className={cn("font-medium", done && "text-muted-foreground line-through decoration-1")}>{item.title}</p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <Badge tone={item.owner === "coach" ? "accent" : "neutral"}>{ownerLabel}</Badge>
            <span>{item.dueDate ? `Due ${formatCalendarDate(item.dueDate)}` : "No due date"}</span>
            {overdue ? <Badge tone="danger">Overdue</Badge> : null}
            {done ? <Badge tone="success">Done</Badge> : null}
            {note}
          </p>
        </div>
      </div>
      {children}
    </li>
  );
}
