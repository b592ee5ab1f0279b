"use client";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";

// The month grid's keyboard, as the WAI-ARIA date-picker grid: one day in the tab order, arrows
// move by day and week, Home/End to the week's ends, PageUp/PageDown by month. Without
// JavaScript every free day stays a plain link in the tab order.

const FOCUS_DAY = "ambit:calendar-focus";
const FOCUS_TIMES = "ambit:focus-times";

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function shiftMonthKeepingDay(date: string, months: number): string {
  const [y, m, day] = date.split("-").map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(day, last), 12)).toISOString().slice(0, 10);
}

function remember(key: string, value: string) {
  try {
    sessionStorage.setItem(key, value);
  } catch {}
}

/** Reads and forgets a one-time focus request left by the previous page. */
export function takeFocusRequest(key: string): string | null {
  try {
    const value = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    return value;
  } catch {
    return null;
  }
}

type Props = {
  month: string;
  /** The day that takes the tab stop: the picked day, else the first free one. */
  initial: string | null;
  prevHref: string | null;
  nextHref: string | null;
  children: ReactNode;
};

export function CalendarKeys({ month, initial, prevHref, nextHref, children }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const router = useRouter();

  const cells = () => [...(root.current?.querySelectorAll<HTMLElement>("[data-day]") ?? [])];
  const cellFor = (date: string) => cells().find((c) => c.dataset.day === date);

  const makeActive = (target: HTMLElement, focus: boolean) => {
    for (const c of cells()) c.tabIndex = c === target ? 0 : -1;
    if (focus) target.focus();
  };

  // A roving tab stop once the script runs; a day asked for by the last key press gets focus.
  useEffect(() => {
    const wanted = takeFocusRequest(FOCUS_DAY);
    const target = (wanted && wanted.startsWith(month) ? cellFor(wanted) : undefined) ?? (initial ? cellFor(initial) : undefined) ?? cells()[0];
    if (target) makeActive(target, Boolean(wanted));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [month, initial]);

  const goTo = (date: string) => {
    const inMonth = cellFor(date);
    if (inMonth) return makeActive(inMonth, true);
    const href = date < `${month}-01` ? prevHref : nextHref;
    if (!href) return;
    remember(FOCUS_DAY, date);
    router.push(href, { scroll: false });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>("[data-day]");
    if (!current) return;
    const date = current.dataset.day!;
    const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
    const moves: Record<string, () => string> = {
      ArrowLeft: () => shiftDate(date, -1),
      ArrowRight: () => shiftDate(date, 1),
      ArrowUp: () => shiftDate(date, -7),
      ArrowDown: () => shiftDate(date, 7),
      Home: () => shiftDate(date, -weekday),
      End: () => shiftDate(date, 6 - weekday),
      PageUp: () => shiftMonthKeepingDay(date, -1),
      PageDown: () => shiftMonthKeepingDay(date, 1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      let target = move();
      // Home and End stay inside the month shown.
      if ((event.key === "Home" || event.key === "End") && !cellFor(target)) target = event.key === "Home" ? `${month}-01` : (cells().at(-1)?.dataset.day ?? date);
      goTo(target);
    } else if ((event.key === "Enter" || event.key === " ") && current.tagName === "A") {
      if (event.key === " ") {
        event.preventDefault();
        current.click();
      }
      remember(FOCUS_TIMES, "1");
    }
  };

  return (
    <div ref={root} onKeyDown={onKeyDown} onClickCapture={(e) => (e.target as HTMLElement).closest("a[data-day]") && remember(FOCUS_TIMES, "1")}>
      {children}
    </div>
  );
}

/**
 * Put on the times of the picked day: after a day was chosen, focus goes to its first time (and a
 * phone scrolls there), so nobody tabs through the whole month again.
 */
export function FocusTimes({ date }: { date: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!takeFocusRequest(FOCUS_TIMES)) return;
    const section = ref.current?.closest("section");
    const target = section?.querySelector<HTMLElement>("ul a") ?? section?.querySelector<HTMLElement>("h2");
    if (!section || !target) return;
    if (target.tagName === "H2") target.tabIndex = -1;
    target.focus({ preventScroll: true });
    // On a phone the times sit below the month: bring them to the top. Beside it, just into view.
    const phone = window.matchMedia("(max-width: 767px)").matches;
    section.scrollIntoView({ block: phone ? "start" : "nearest", behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  }, [date]);
  return <span ref={ref} hidden />;
}
