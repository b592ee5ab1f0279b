"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

function formatForVisitor(isoDate: string): string {
  // A calendar date, not an instant: formatted in UTC so no time zone moves it to another day.
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A YYYY-MM-DD date in the visitor's own locale; the server (and a browser without JS) shows the ISO date. */
export function LocalDate({ date, className }: { date: string; className?: string }) {
  const text = useSyncExternalStore(noSubscription, () => formatForVisitor(date), () => date);
  return (
    <time dateTime={date} className={className}>
      {text}
    </time>
  );
}
