import Link from "next/link";
import type { DayExplanation, DayReason } from "@/lib/scheduling";
import { monthWeeks, pickerQuery, type PickerState } from "@/lib/booking";
import { cn } from "@/app/_components/ui";
import { zoneLabel } from "@/lib/zones/zone-names";
import { CalendarKeys, FocusTimes } from "./calendar-keys";

export type SlotOption = { start: string; label: string };

const REASONS: Record<DayReason, string> = {
  past: "this day has passed",
  outside_window: "not open for booking yet",
  day_off: "no calls on this day",
  minimum_notice: "too soon to book",
  fully_booked: "fully booked",
  daily_cap: "fully booked",
};

// Monday first: 2024-01-01 was a Monday.
const MONDAY_WEEK = Array.from({ length: 7 }, (_, i) => `2024-01-0${i + 1}`);

function dayLabel(date: string, locale: string, opts: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" }) {
  // A calendar date, not an instant: format it at UTC noon so no zone can move it.
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
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
  /** The reader's locale: their clock and their order of day and month. */
  locale?: string;
};

/** Month view of days with free times, and the times of the picked day; plain links, so it works without JavaScript. */
export function SlotPicker({ state, days, slotsByDate, basePath, keep, coachTz, coachName, locale = "en-GB" }: Props) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const tz = state.tzChosen ? state.tz : undefined;
  const href = (extra: Record<string, string | null | undefined>) => `${basePath}${pickerQuery({ ...keep, tz, ...extra })}`;
  const monthName = dayLabel(state.monthStart, locale, { month: "long", year: "numeric" });
  const now = new Date(`${state.monthStart}T12:00:00Z`);
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
        <CalendarKeys
          month={state.month}
          initial={state.date ?? firstOpen ?? null}
          prevHref={state.prevMonth ? href({ month: state.prevMonth }) : null}
          nextHref={state.nextMonth ? href({ month: state.nextMonth }) : null}
        >
        <table role="grid" aria-labelledby="pick-day" aria-describedby="grid-keys" className="w-full table-fixed border-collapse text-center text-sm">
          <thead>
            <tr>
              {MONDAY_WEEK.map((d) => (
                <th key={d} scope="col" className="pb-2 text-xs font-medium text-muted-foreground">
                  <abbr title={dayLabel(d, locale, { weekday: "long" })} className="no-underline">{dayLabel(d, locale, { weekday: "short" })}</abbr>
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
                      <td key={date} className="p-0.5" aria-selected={selected}>
                        <Link
                          href={`${href({ date })}#pick-time`}
                          scroll={false}
                          data-day={date}
                          aria-current={selected ? "date" : undefined}
                          aria-label={`${dayLabel(date, locale)}: ${day.slotCount} time${day.slotCount === 1 ? "" : "s"} free`}
                          className={cn(
                            "flex h-10 items-center justify-center rounded-md font-semibold focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
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
                    <td key={date} className="p-0.5" aria-selected={selected} aria-disabled="true">
                      <span data-day={date} title={reason} className={cn("flex h-10 items-center justify-center rounded-md text-muted-foreground focus-visible:outline-2 focus-visible:outline-ring", selected && "ring-2 ring-ring")}>
                        <span aria-hidden="true">{n}</span>
                        <span className="sr-only">{`${dayLabel(date, locale)}: ${reason}`}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        </CalendarKeys>
        <p id="grid-keys" className="sr-only">Arrow keys move between days, Page Up and Page Down between months. Enter picks a day.</p>
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
        <h2 id="pick-time" className="scroll-mt-24 text-base font-semibold">
          {state.date ? `Times on ${dayLabel(state.date, locale)}` : "Choose a time"}
        </h2>
        {state.date ? <FocusTimes date={state.date} /> : null}
        <p className="mt-1 text-sm text-muted-foreground">
          Times are in <strong className="font-medium text-foreground">{zoneLabel(state.tz, now, locale)}</strong> ({state.tz}).
          {state.tz !== coachTz ? ` ${coachName.split(" ")[0]} works in ${zoneLabel(coachTz, now, locale)} (${coachTz}).` : ""}
        </p>
        {!state.date ? (
          <p className="mt-4 text-sm">
            {firstOpen ? (
              <>
                Pick a highlighted day. The first free day this month is{" "}
                <Link className="text-primary underline" href={href({ date: firstOpen })} scroll={false}>
                  {dayLabel(firstOpen, locale)}
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
          <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-3" aria-label={`Free times on ${dayLabel(state.date, locale)}`}>
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
