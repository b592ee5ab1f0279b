"use client";
import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import { Button } from "@/app/_components/ui";

type Props = {
  current: string;
  zones: string[];
  /** Other query values the form keeps. */
  keep: Record<string, string | undefined>;
  /** Detect the browser's zone and switch to it (only when the visitor has not chosen one). */
  detect: boolean;
};

/** The visitor's time zone: detected in the browser, changeable from a searchable list (a plain GET form without JavaScript). */
export function TimeZonePicker({ current, zones, keep, detect }: Props) {
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (!detect) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone || browserZone === current) return;
    const query = new URLSearchParams(Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1])));
    query.set("tz", browserZone);
    router.replace(`${pathname}?${query.toString()}`, { scroll: false });
  }, [detect, current, keep, pathname, router]);

  return (
    <form method="get" action={pathname} className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="min-w-0 flex-1 space-y-1 sm:max-w-xs">
        <label htmlFor="tz" className="block text-sm font-medium">
          Your time zone
        </label>
        <input
          id="tz"
          name="tz"
          list="tz-options"
          defaultValue={current}
          key={current}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="tz-hint"
          className="h-10 w-full rounded-md border border-input bg-card px-3 text-sm text-card-foreground focus-visible:outline-2 focus-visible:outline-ring"
          onFocus={(e) => e.currentTarget.select()}
        />
        <datalist id="tz-options">
          {zones.map((z) => (
            <option key={z} value={z}>{z.replace(/_/g, " ")}</option>
          ))}
        </datalist>
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
