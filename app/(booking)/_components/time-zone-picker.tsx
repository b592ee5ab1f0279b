"use client";
import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import { Button } from "@/app/_components/ui";

type Props = {
  /** The chosen zone's label ("Pacific Time — Los Angeles"), or null while none is chosen. */
  currentLabel: string | null;
  /** Every zone's label, offered as the visitor types. */
  labels: string[];
  /** Other query values the form keeps. */
  keep: Record<string, string | undefined>;
  /** Detect the browser's zone and switch to it (only when the visitor has not chosen one). */
  detect: boolean;
  /** What the visitor typed when it names no zone we know. */
  unknown: string | null;
};

/**
 * The visitor's time zone: detected in the browser; searchable by city, zone or name from a list.
 * Without JavaScript it is a plain GET form, asked before any time is shown.
 */
export function TimeZonePicker({ currentLabel, labels, keep, detect, unknown }: Props) {
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (!detect) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone) return;
    const query = new URLSearchParams(Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1])));
    query.set("tz", browserZone);
    router.replace(`${pathname}?${query.toString()}`, { scroll: false });
  }, [detect, keep, pathname, router]);

  const describedBy = unknown ? "tz-error tz-hint" : "tz-hint";
  return (
    <form method="get" action={pathname} className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="min-w-0 flex-1 space-y-1 sm:max-w-md">
        <label htmlFor="tz" className="block text-sm font-medium">
          Your time zone
        </label>
        <input
          id="tz"
          name="tz"
          list="tz-options"
          defaultValue={unknown ?? currentLabel ?? ""}
          key={unknown ?? currentLabel ?? ""}
          required
          autoComplete="off"
          spellCheck={false}
          aria-invalid={unknown ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={Boolean(unknown)}
          className="h-10 w-full rounded-md border border-input bg-card px-3 text-sm text-card-foreground focus-visible:outline-2 focus-visible:outline-ring aria-[invalid=true]:border-danger"
          onFocus={(e) => e.currentTarget.select()}
        />
        <datalist id="tz-options">
          {labels.map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        {unknown ? (
          <p id="tz-error" role="alert" className="text-sm text-danger">
            We don&apos;t know the time zone “{unknown}”. Type your city, such as Los Angeles or Kolkata, and pick it from the list.
          </p>
        ) : null}
        <p id="tz-hint" className="text-xs text-muted-foreground">
          Type a city, e.g. New York or Kolkata.
        </p>
      </div>
      <Button type="submit" variant="secondary" className="mb-5">
        Show times
      </Button>
    </form>
  );
}
