import Link from "next/link";
import { buttonVariants } from "@/app/_components/ui";

export type SlotDay = { date: string; label: string; slots: { start: string; label: string; late: boolean }[] };

/**
 * The free times, one link each. Choosing one books nothing: it opens the confirm step with what
 * the session costs. Times inside the late window say so. Plain links: work without JavaScript.
 */
export function SlotPicker({ days, zoneLabel, hrefFor }: { days: SlotDay[]; zoneLabel: string; hrefFor: (start: string) => string }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted-foreground">Times are shown in {zoneLabel}. Choose one to see what it costs before you book.</p>
      {days.map((day) => (
        <section key={day.date} aria-label={day.label} className="space-y-2">
          <h3 className="text-sm font-semibold">{day.label}</h3>
          <ul className="flex flex-wrap gap-2">
            {day.slots.map((slot) => (
              <li key={slot.start}>
                <Link
                  href={hrefFor(slot.start)}
                  className={buttonVariants({ variant: "secondary", size: "sm" })}
                  aria-label={`${day.label} at ${slot.label}${slot.late ? ", late: less than 24 hours away" : ""}`}
                >
                  {slot.label}
                  {slot.late ? <span className="ml-1 text-xs text-warning">late</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
