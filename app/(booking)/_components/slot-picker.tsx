import Link from "next/link";
import type { DayExplanation, DayReason } from "@/lib/scheduling";
import { monthWeeks, pickerQuery, type PickerState } from "@/lib/booking";
import { cn } from "@/app/_components/ui";

export type SlotOption = { start: string; label: string };

const REASONS: Record<DayReason, string> = {
  past: "this day has passed",
  outside_window: "not open for booking yet",
  day_off: "no calls on this day",
  minimum_notice: "too soon to book",
  fully_booked: "fully booked",
  daily_cap: "fully booked",
};

const WEEKDAYS = [
  ["Mon", "Monday"],
  ["Tue", "Tuesday"],
  ["Wed", "Wednesday"],
  ["Thu", "Thursday"],
  ["Fri", "Friday"],
  ["Sat", "Saturday"],
  ["Sun", "Sunday"],
];

function dayLabel(date: string, opts: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" }) {
  // A calendar date, not an instant: format it at UTC noon so no zone can move it.
  return new Intl.DateTimeFormat("en-GB", { ...opts, timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

type Props = {
  state: PickerState;
  days: DayExplanation[];
  slotsByDate: Record<string, SlotOption[]>;
  basePath: string;
  /** Query values every link keeps (e.g. the source). */
  keep: Record<string, string | undefined>;
  coachTz: string;
  coachName: string;
};

/** Month view of days with free times, and the times of the picked day; plain links, so it works without JavaScript. */
export function SlotPicker({ state, days, slotsByDate, basePath, keep, coachTz, coachName }: Props) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const tz = state.tzChosen ? state.tz : undefined;
  const href = (extra: Record<string, string | null | undefined>) => `${basePath}${pickerQuery({ ...keep, tz, ...extra })}`;
  const monthName = dayLabel(state.monthStart, { month: "long", year: "numeric" });
  const picked = state.date ? byDate.get(state.date) : undefined;
  const times = state.date ? (slotsByDate[state.date] ?? []) : [];
  const firstOpen = days.find((d) => d.slotCount > 0)?.date;
  // Why the coming days without times have none, said once per reason ("Fully booked: 25, 26").
  const closed = new Map<string, number[]>();
  for (const d of days) {
    if (d.slotCount > 0 || !d.reason || d.reason === "past") continue;
    const text = REASONS[d.reason];
    closed.set(text, [...(closed.get(text) ?? []), Number(d.date.slice(8))]);
  }

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <section aria-labelledby="pick-day" className="rounded-lg border border-border bg-card p-4">
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 id="pick-day" className="text-base font-semibold">
            Choose a day <span className="sr-only">in {monthName}</span>
          </h2>
          <nav aria-label="Months" className="flex items-center gap-1 text-sm">
            {state.prevMonth ? (
              <Link href={href({ month: state.prevMonth })} className="rounded-md px-2 py-1 hover:bg-muted" aria-label="Previous month" scroll={false}>
                ‹
              </Link>
            ) : (
              <span className="px-2 py-1 text-muted-foreground" aria-hidden="true">‹</span>
            )}
            <span className="min-w-32 text-center font-medium" aria-live="polite">{monthName}</span>
            {state.nextMonth ? (
              <Link href={href({ month: state.nextMonth })} className="rounded-md px-2 py-1 hover:bg-muted" aria-label="Next month" scroll={false}>
                ›
              </Link>
            ) : (
              <span className="px-2 py-1 text-muted-foreground" aria-hidden="true">›</span>
            )}
          </nav>
        </div>
        <table className="w-full table-fixed border-collapse text-center text-sm">
          <caption className="sr-only">{monthName}: days with free times are links</caption>
          <thead>
            <tr>
              {WEEKDAYS.map(([short, long]) => (
                <th key={short} scope="col" className="pb-2 text-xs font-medium text-muted-foreground">
                  <abbr title={long} className="no-underline">{short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(state.month).map((week, w) => (
              <tr key={w}>
                {week.map((date, i) => {
                  if (!date) return <td key={i} />;
                  const day = byDate.get(date);
                  const n = Number(date.slice(8));
                  const selected = date === state.date;
                  if (day && day.slotCount > 0) {
                    return (
                      <td key={date} className="p-0.5">
                        <Link
                          href={href({ date })}
                          scroll={false}
                          aria-current={selected ? "date" : undefined}
                          aria-label={`${dayLabel(date)}: ${day.slotCount} time${day.slotCount === 1 ? "" : "s"} free`}
                          className={cn(
                            "flex h-10 items-center justify-center rounded-md font-semibold",
                            selected ? "bg-primary text-primary-foreground" : "bg-accent text-accent-foreground hover:bg-primary hover:text-primary-foreground",
                          )}
                        >
                          {n}
                        </Link>
                      </td>
                    );
                  }
                  const reason = day?.reason ? REASONS[day.reason] : "no times";
                  return (
                    <td key={date} className="p-0.5">
                      <span title={reason} className={cn("flex h-10 items-center justify-center rounded-md text-muted-foreground", selected && "ring-2 ring-ring")}>
                        <span aria-hidden="true">{n}</span>
                        <span className="sr-only">{`${dayLabel(date)}: ${reason}`}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-xs text-muted-foreground">
          <span className="mr-1 inline-block size-3 rounded-sm bg-accent align-middle" aria-hidden="true" /> Highlighted days have free times.
        </p>
        {closed.size > 0 ? (
          <ul className="mt-2 space-y-0.5 text-xs text-muted-foreground" aria-label="Days without times">
            {[...closed].map(([text, dates]) => (
              <li key={text}>
                {text.charAt(0).toUpperCase() + text.slice(1)}: {dates.join(", ")}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="pick-time" className="rounded-lg border border-border bg-card p-4">
        <h2 id="pick-time" className="text-base font-semibold">
          {state.date ? `Times on ${dayLabel(state.date)}` : "Choose a time"}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">
          Times are in <strong className="font-medium text-foreground">{state.tz}</strong>.
          {state.tz !== coachTz ? ` ${coachName.split(" ")[0]} works in ${coachTz}.` : ""}
        </p>
        {!state.date ? (
          <p className="mt-4 text-sm">
            {firstOpen ? (
              <>
                Pick a highlighted day. The first free day this month is{" "}
                <Link className="text-primary underline" href={href({ date: firstOpen })} scroll={false}>
                  {dayLabel(firstOpen)}
                </Link>
                .
              </>
            ) : (
              <>No free times this month. {state.nextMonth ? <Link className="text-primary underline" href={href({ month: state.nextMonth })}>Try next month</Link> : null}</>
            )}
          </p>
        ) : times.length === 0 ? (
          <p className="mt-4 text-sm" role="status">
            No times on this day: {picked?.reason ? REASONS[picked.reason] : "no times"}. Please pick a highlighted day.
          </p>
        ) : (
          <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-3" aria-label={`Free times on ${dayLabel(state.date)}`}>
            {times.map((t) => {
              const chosen = state.slot?.toISOString() === t.start;
              return (
                <li key={t.start}>
                  <Link
                    href={`${href({ date: state.date, slot: t.start })}#details`}
                    aria-current={chosen ? "true" : undefined}
                    className={cn(
                      "flex h-10 items-center justify-center rounded-md border text-sm font-medium",
                      chosen ? "border-primary bg-primary text-primary-foreground" : "border-border hover:border-primary hover:text-primary",
                    )}
                  >
                    {t.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
