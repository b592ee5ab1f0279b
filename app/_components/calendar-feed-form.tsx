"use client";
import { useActionState, useState } from "react";
import { Button } from "./ui";

export type CalendarFeedState = { url?: string; error?: string };

/**
 * The coach's secret calendar feed URL. Only a hash of it is stored, so it is shown once, right
 * after it is made; making a new one turns the old one off.
 */
export function CalendarFeedForm({ action, hasFeed }: { action: (prev: CalendarFeedState, data: FormData) => Promise<CalendarFeedState>; hasFeed: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-3">
      {state.url ? (
        <div className="space-y-2">
          <label htmlFor="feed-url" className="block text-sm font-medium">
            Your calendar feed URL (copy it now: it is shown only once)
          </label>
          <div className="flex flex-wrap gap-2">
            <input id="feed-url" readOnly value={state.url} className="h-10 min-w-0 flex-1 rounded-md border border-input bg-muted px-3 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            <Button
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(state.url!);
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <p role="status" className="text-xs text-muted-foreground">
            {copied ? "Copied to the clipboard. " : ""}Add it to Google Calendar, Outlook or Apple Calendar as a subscription (“From URL”).
          </p>
        </div>
      ) : null}
      {state.error ? (
        <p role="alert" className="text-sm text-danger">
          {state.error}
        </p>
      ) : null}
      <form action={formAction}>
        <Button type="submit" variant={hasFeed || state.url ? "secondary" : "primary"} disabled={pending}>
          {pending ? "Making a URL…" : hasFeed || state.url ? "Make a new URL (turns off the old one)" : "Make my calendar feed URL"}
        </Button>
      </form>
    </div>
  );
}
