import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainDays } from "./explain-days";
import { getAvailableSlots, getAvailableSlotsWithExpiry } from "./get-available-slots";
import { isSlotAvailable } from "./is-slot-available";
import type { DateOverride, Interval, SlotQuery, TimeRange, WeeklyRule, Weekday } from "./types";

// The oracles below read wall clocks straight from Intl, not through the engine's helpers.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "Asia/Kolkata", // +05:30
  "Asia/Kathmandu", // +05:45
  "America/St_Johns", // -03:30 with DST
  "Australia/Lord_Howe", // +10:30, half-hour DST
  "Pacific/Chatham", // +12:45 with DST
  "America/Santiago", // DST at midnight
  "Australia/Adelaide", // +09:30 with DST, southern hemisphere
];

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `instant` in `timeZone`, as UTC milliseconds, and its calendar date. */
function wallOf(instant: number, timeZone: string): { ms: number; date: string } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const part = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const ms =
    Date.UTC(+part.year, +part.month - 1, +part.day, +part.hour, +part.minute, +part.second) + (instant % 1000);
  return { ms, date: `${part.year}-${part.month}-${part.day}` };
}

const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const minutesOf = (time: string) => (time === "24:00" ? 1440 : +time.slice(0, 2) * 60 + +time.slice(3, 5));
const clock = (minutes: number) =>
  minutes === 1440 ? "24:00" : `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const clockChanges = new Map<string, number[]>();

/** Days in 2026-2027 on which the zone's offset changes (the instant is that day's noon UTC). */
function clockChangesOf(timeZone: string): number[] {
  let changes = clockChanges.get(timeZone);
  if (!changes) {
    changes = [];
    const offsetAt = (t: number) => wallOf(t, timeZone).ms - t;
    for (let t = Date.UTC(2026, 0, 1, 12); t < Date.UTC(2028, 0, 1); t += DAY) {
      if (offsetAt(t) !== offsetAt(t - DAY)) changes.push(t);
    }
    clockChanges.set(timeZone, changes);
  }
  return changes;
}

// ---- generators -------------------------------------------------------------------------------

const timeRange: fc.Arbitrary<TimeRange> = fc
  .tuple(fc.integer({ min: 0, max: 287 }), fc.integer({ min: 1, max: 288 }))
  .map(([start, length]) => ({ start: start * 5, end: Math.min(1440, start * 5 + length * 5) }))
  .map(({ start, end }) => ({ start: clock(start), end: clock(end) }));

// Ranges that cover the small hours, where the clocks change.
const nightRange: fc.Arbitrary<TimeRange> = fc
  .tuple(fc.integer({ min: 0, max: 36 }), fc.integer({ min: 1, max: 48 }))
  .map(([start, length]) => ({ start: clock(start * 5), end: clock(start * 5 + length * 5) }));

const anyRange = fc.oneof(timeRange, nightRange);

const weeklyRule: fc.Arbitrary<WeeklyRule> = fc
  .tuple(fc.integer({ min: 0, max: 6 }), anyRange)
  .map(([weekday, range]) => ({ weekday: weekday as Weekday, ...range }));

/** A query around a random `now` in 2026-2027, on days that often contain a DST change. */
const slotQuery: fc.Arbitrary<SlotQuery> = fc
  .record({
    coachTimeZone: fc.constantFrom(...ZONES),
    timeZone: fc.constantFrom(...ZONES),
    nowMinute: fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }),
    // Half the time, `now` is a few days before one of the coach's clock changes.
    nearChange: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 8 * 24 * 60 }))),
    nowMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 59_999 })),
    weekly: fc.array(weeklyRule, { minLength: 2, maxLength: 12 }),
    overrides: fc.array(
      fc.record({ dayOffset: fc.integer({ min: -2, max: 35 }), ranges: fc.array(anyRange, { maxLength: 3 }) }),
      { maxLength: 5 },
    ),
    rules: fc.record({
      minNoticeMinutes: fc.oneof(
        { arbitrary: fc.constant(0), weight: 2 },
        { arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }), weight: 1 },
      ),
      bufferBeforeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90 })),
      bufferAfterMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90 })),
      windowDays: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(14, 30, 60)),
      dailyCap: fc.oneof(
        { arbitrary: fc.constant(null), weight: 3 },
        { arbitrary: fc.integer({ min: 1, max: 6 }), weight: 2 },
        { arbitrary: fc.constant(0), weight: 1 },
      ),
      slotIntervalMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90),
    }),
    durationMinutes: fc.constantFrom(15, 20, 30, 45, 60, 90, 120),
    busy: fc.array(
      fc.record({ startMinute: fc.integer({ min: -2 * 24 * 12, max: 32 * 24 * 12 }), length: fc.integer({ min: 1, max: 48 }) }),
      { maxLength: 40 },
    ),
    fromOffset: fc.integer({ min: -2, max: 8 }),
    span: fc.integer({ min: 0, max: 8 }),
  })
  .map((r) => {
    const changes = clockChangesOf(r.coachTimeZone);
    const minute = r.nearChange && changes.length > 0
      ? Math.floor(changes[r.nearChange[0] % changes.length] / MINUTE) - r.nearChange[1]
      : Math.floor(Date.UTC(2026, 0, 1) / MINUTE) + r.nowMinute;
    const now = minute * MINUTE + r.nowMs;
    const today = dateMs(dateOf(now));
    const busy: Interval[] = r.busy.map(({ startMinute, length }) => {
      const start = Math.floor(now / (5 * MINUTE)) * 5 * MINUTE + startMinute * 5 * MINUTE;
      return { start: new Date(start), end: new Date(start + length * 5 * MINUTE) };
    });
    const overrides: DateOverride[] = r.overrides.map(({ dayOffset, ranges }) => ({ date: dateOf(today + dayOffset * DAY), ranges }));
    return {
      coachTimeZone: r.coachTimeZone,
      weekly: r.weekly,
      overrides,
      rules: r.rules,
      durationMinutes: r.durationMinutes,
      busy,
      now: new Date(now),
      from: dateOf(today + r.fromOffset * DAY),
      to: dateOf(today + (r.fromOffset + r.span) * DAY),
      timeZone: r.timeZone,
    };
  });

// ---- oracles ----------------------------------------------------------------------------------

function rangesOn(q: SlotQuery, date: string): TimeRange[] {
  const overrides = q.overrides.filter((override) => override.date === date);
  if (overrides.length > 0) return overrides.flatMap((override) => override.ranges);
  const weekday = new Date(dateMs(date)).getUTCDay();
  return q.weekly.filter((rule) => rule.weekday === weekday);
}

/** Whether the slot starts on the grid of one of its coach-local day's ranges and ends in time. */
function liesInWorkingRange(q: SlotQuery, slot: Interval): boolean {
  const tz = q.coachTimeZone;
  const start = slot.start.getTime();
  const end = slot.end.getTime();
  const { ms: startWall, date } = wallOf(start, tz);
  // The first occurrence of its wall time: no earlier instant shows the same clock.
  if ([30, 60, 120].some((back) => wallOf(start - back * MINUTE, tz).ms === startWall)) return false;
  // Latest wall time shown during [start, end): at its last moment, or just before a clock change
  // (which happens on a quarter hour).
  const probes = [end - 1];
  for (let t = Math.ceil((start + 1) / (15 * MINUTE)) * 15 * MINUTE; t < end; t += 15 * MINUTE) probes.push(t - 1);
  const latestWall = Math.max(...probes.map((t) => wallOf(t, tz).ms));

  return rangesOn(q, date).some((range) => {
    const rangeStart = dateMs(date) + minutesOf(range.start) * MINUTE;
    const rangeEnd = dateMs(date) + minutesOf(range.end) * MINUTE;
    const onGrid = (startWall - rangeStart) % (q.rules.slotIntervalMinutes * MINUTE) === 0;
    return startWall >= rangeStart && onGrid && latestWall < rangeEnd;
  });
}

/** The first instant the coach's clock reads `windowDays` days after now's reading, or later. */
function windowEndOf(q: SlotQuery): number {
  const now = q.now.getTime();
  const target = wallOf(now, q.coachTimeZone).ms + q.rules.windowDays * DAY;
  for (let t = now + q.rules.windowDays * DAY - 4 * HOUR; ; t += MINUTE) {
    if (wallOf(t, q.coachTimeZone).ms >= target) {
      // Refine within the minute (now may carry seconds).
      let s = t - MINUTE;
      while (wallOf(s, q.coachTimeZone).ms < target) s += 1000;
      while (s > t - MINUTE && wallOf(s - 1, q.coachTimeZone).ms >= target) s -= 1;
      return s;
    }
  }
}

function conflictsWithBusy(q: SlotQuery, slot: Interval): boolean {
  const before = q.rules.bufferBeforeMinutes * MINUTE;
  const after = q.rules.bufferAfterMinutes * MINUTE;
  const s = slot.start.getTime();
  const e = slot.end.getTime();
  return q.busy.some((b) => {
    const bs = b.start.getTime();
    const be = b.end.getTime();
    return (s - before < be && bs < e + after) || (s < be + after && bs - before < e);
  });
}

function inViewerDays(q: SlotQuery, instant: number): boolean {
  const date = wallOf(instant, q.timeZone).date;
  return date >= q.from && date <= q.to;
}

// ---- properties -------------------------------------------------------------------------------

const runs = { numRuns: 300 };

describe("slot engine properties", { timeout: 30_000 }, () => {
  it("never offers a slot that overlaps a booking or its buffers", () => {
    fc.assert(
      fc.property(slotQuery, (q) => {
        for (const slot of getAvailableSlots(q)) expect(conflictsWithBusy(q, slot)).toBe(false);
      }),
      runs,
    );
  });

  it("offers each slot inside a working range of its coach-local day, on the grid", () => {
    fc.assert(
      fc.property(slotQuery, (q) => {
        for (const slot of getAvailableSlots(q)) {
          expect(liesInWorkingRange(q, slot), slot.start.toISOString()).toBe(true);
        }
      }),
      runs,
    );
  });

  it("offers nothing before now + notice or after the window, and only on the viewer's days", () => {
    fc.assert(
      fc.property(slotQuery, (q) => {
        const slots = getAvailableSlots(q);
        if (slots.length === 0) return;
        const earliest = q.now.getTime() + q.rules.minNoticeMinutes * MINUTE;
        const windowEnd = windowEndOf(q);
        for (const slot of slots) {
          expect(slot.start.getTime()).toBeGreaterThanOrEqual(earliest);
          expect(slot.start.getTime()).toBeLessThanOrEqual(windowEnd);
          expect(inViewerDays(q, slot.start.getTime())).toBe(true);
        }
      }),
      runs,
    );
  });

  it("returns strictly increasing starts, each slot exactly durationMinutes long", () => {
    fc.assert(
      fc.property(slotQuery, (q) => {
        const slots = getAvailableSlots(q);
        slots.forEach((slot, index) => {
          expect(slot.end.getTime() - slot.start.getTime()).toBe(q.durationMinutes * MINUTE);
          if (index > 0) expect(slot.start.getTime()).toBeGreaterThan(slots[index - 1].start.getTime());
        });
      }),
      runs,
    );
  });

  it("respects the daily cap on the coach's days", () => {
    fc.assert(
      fc.property(slotQuery, (q) => {
        const cap = q.rules.dailyCap;
        if (cap === null) return;
        for (const slot of getAvailableSlots(q)) {
          const date = wallOf(slot.start.getTime(), q.coachTimeZone).date;
          const booked = q.busy.filter((b) => wallOf(b.start.getTime(), q.coachTimeZone).date === date).length;
          expect(booked).toBeLessThan(cap);
        }
      }),
      runs,
    );
  });

  it("agrees with isSlotAvailable on returned slots and on other instants of the viewer's days", () => {
    fc.assert(
      fc.property(
        slotQuery,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 11 * 24 * 12 }), fc.boolean()), { minLength: 1, maxLength: 40 }),
        (q, probes) => {
          const slots = getAvailableSlots(q);
          const offered = new Set(slots.map((slot) => slot.start.getTime()));
          const { from: _from, to: _to, timeZone: _timeZone, ...rules } = q;
          // A spread of up to 20 offered slots keeps the run short.
          const sample = slots.filter((_, index) => index % Math.ceil(slots.length / 20) === 0);
          for (const slot of sample) expect(isSlotAvailable(rules, slot.start)).toBe(true);

          // Instants on a 5-minute UTC grid (which is where the coach's grid lies), now and then off it.
          const firstDay = dateMs(q.from) - 14 * HOUR;
          for (const [step, offGrid] of probes) {
            const instant = firstDay + step * 5 * MINUTE + (offGrid ? 7_000 : 0);
            if (!inViewerDays(q, instant)) continue;
            expect(isSlotAvailable(rules, new Date(instant)), new Date(instant).toISOString()).toBe(offered.has(instant));
          }
          // Neighbours of offered slots on the grid, which are the likeliest to be wrongly offered.
          for (const { start: slotStart } of sample) {
            const start = slotStart.getTime();
            for (const neighbour of [start - q.rules.slotIntervalMinutes * MINUTE, start + q.rules.slotIntervalMinutes * MINUTE]) {
              if (!inViewerDays(q, neighbour)) continue;
              expect(isSlotAvailable(rules, new Date(neighbour))).toBe(offered.has(neighbour));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("explains each viewer day with the count of slots getAvailableSlots returns for it", () => {
    fc.assert(
      fc.property(slotQuery, (q) => {
        const perDay = new Map<string, number>();
        for (const slot of getAvailableSlots(q)) {
          const date = wallOf(slot.start.getTime(), q.timeZone).date;
          perDay.set(date, (perDay.get(date) ?? 0) + 1);
        }
        const days = explainDays(q);
        expect(days[0].date).toBe(q.from);
        expect(days.at(-1)?.date).toBe(q.to);
        for (const day of days) {
          expect(day.slotCount).toBe(perDay.get(day.date) ?? 0);
          expect(day.reason === null).toBe(day.slotCount > 0);
        }
      }),
      runs,
    );
  });

  it("gives the same slots at every later `now` up to the time it says they stay unchanged", () => {
    let checked = 0;
    fc.assert(
      fc.property(slotQuery, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), (q, fractions) => {
        const { slots, unchangedUntil } = getAvailableSlotsWithExpiry(q);
        expect(slots).toEqual(getAvailableSlots(q));
        const now = q.now.getTime();
        // Before now: the answer may change at once (nothing to check). Far ahead stands for "no
        // bound": time alone does not change the answer for months.
        const until = Math.min(unchangedUntil, now + 120 * DAY);
        if (until < now) return;
        if (slots.length > 0) checked += 1;
        const later = [until, ...fractions.map((f) => now + Math.floor(f * (until - now)))];
        for (const t of later) expect(getAvailableSlots({ ...q, now: new Date(t) }), new Date(t).toISOString()).toEqual(slots);
      }),
      runs,
    );
    expect(checked).toBeGreaterThan(runs.numRuns / 10);
  });
});
