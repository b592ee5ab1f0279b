"use client";
import { useActionState } from "react";
import { CopyButton } from "./copy-button";
import { FormMessage } from "./form-message";
import { IDLE, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/**
 * The coach's iCalendar feed. Only a hash of the secret is stored, so the URL can be shown just
 * after it is made; making a new one stops the old one at once.
 */
export function CalendarFeed({ action, active }: { action: (state: FormState, formData: FormData) => Promise<FormState>; active: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  const url = typeof state.data?.url === "string" ? state.data.url : null;
  return (
    <div className="space-y-3 text-sm">
      <p className="text-muted-foreground">
        Subscribe to this address in your calendar app to see your sessions there.{" "}
        {active ? "A feed is active. For safety its address is shown only when it is made: make a new one to copy it (the old address stops working)." : "No feed yet."}
      </p>
      {url ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="calendar-feed-url" className="sr-only">Calendar feed URL</label>
          <input id="calendar-feed-url" readOnly value={url} className="h-9 min-w-0 flex-1 rounded-md border border-input bg-muted px-3 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={url} label="Copy URL" />
        </div>
      ) : null}
      <form action={formAction} className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary" size="sm" pendingLabel="Making…">{active || url ? "Regenerate feed URL" : "Create feed URL"}</SubmitButton>
        <FormMessage state={state} />
      </form>
    </div>
  );
}
