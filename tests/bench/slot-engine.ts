// The slot engine in-process: 30 days of availability for a coach with 1,000 busy intervals (short
// events spread over the 90 days around the window, at any hour), against the same query with none
// (the baseline). Median of many runs, after a warm-up.
import { performance } from "node:perf_hooks";
import { getAvailableSlots, type Interval, type SlotQuery } from "@/lib/scheduling";
import { percentile } from "./load";
import { row, type Row } from "./report";

/** A small deterministic generator, so every run measures the same calendar. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function busyIntervals(count: number, from: Date, days: number): Interval[] {
  const random = mulberry32(42);
  const out: Interval[] = [];
  for (let i = 0; i < count; i++) {
    const minute = Math.floor(random() * days * 24 * 4) * 15;
    const start = new Date(from.getTime() + minute * 60_000);
    out.push({ start, end: new Date(start.getTime() + (10 + Math.floor(random() * 3) * 10) * 60_000) });
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function query(busy: Interval[]): SlotQuery {
  const now = new Date("2026-12-01T07:00:00Z");
  return {
    coachTimeZone: "Europe/London",
    weekly: ([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
      { weekday, start: "09:00", end: "12:30" },
      { weekday, start: "13:30", end: "17:00" },
    ]),
    overrides: [{ date: "2026-12-24", ranges: [] }, { date: "2026-12-31", ranges: [{ start: "09:00", end: "12:00" }] }],
    rules: { minNoticeMinutes: 240, bufferBeforeMinutes: 0, bufferAfterMinutes: 15, windowDays: 60, dailyCap: null, slotIntervalMinutes: 15 },
    durationMinutes: 30,
    busy,
    now,
    from: "2026-12-01",
    to: "2026-12-30",
    timeZone: "America/New_York",
  };
}

function measure(q: SlotQuery, runs: number): { median: number; p95: number; slots: number } {
  let slots = 0;
  for (let i = 0; i < 5; i++) slots = getAvailableSlots(q).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    getAvailableSlots(q);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), slots };
}

export function benchSlotEngine(runs = 40): Row[] {
  const busy = busyIntervals(1000, new Date("2026-11-01T00:00:00Z"), 90);
  const empty = measure(query([]), runs);
  const loaded = measure(query(busy), runs);
  const baseline = { name: "no busy intervals", value: empty.median };
  return [
    row("slot engine: 30 days, 1,000 busy (median)", "in-process", loaded.median, "ms", baseline, `${loaded.slots} slots returned, ${runs} runs`),
    row("slot engine: 30 days, 1,000 busy (p95)", "in-process", loaded.p95, "ms", { name: "no busy intervals p95", value: empty.p95 }),
  ];
}
