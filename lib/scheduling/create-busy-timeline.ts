import type { Interval } from "./types";

export type BusyTimeline = {
  /** Whether [start, end) overlaps any busy interval. */
  overlaps(start: number, end: number): boolean;
  /** How many busy intervals start in [from, to). */
  countStartingIn(from: number, to: number): number;
};

/**
 * Sorts the busy intervals once and merges them into disjoint blocks, so each question is a
 * binary search: O(n log n) to build, O(log n) per slot.
 */
export function createBusyTimeline(busy: Interval[]): BusyTimeline {
  const sorted = busy
    .map((interval) => ({ start: interval.start.getTime(), end: interval.end.getTime() }))
    .sort((a, b) => a.start - b.start);
  const starts = sorted.map((interval) => interval.start);

  const blockStarts: number[] = [];
  const blockEnds: number[] = [];
  for (const interval of sorted) {
    const last = blockEnds.length - 1;
    if (last >= 0 && interval.start <= blockEnds[last]) {
      blockEnds[last] = Math.max(blockEnds[last], interval.end);
    } else {
      blockStarts.push(interval.start);
      blockEnds.push(interval.end);
    }
  }

  return {
    overlaps(start, end) {
      // Blocks are disjoint and sorted, so their ends increase: the first block ending after
      // `start` is the only one that can overlap.
      const index = firstIndexAbove(blockEnds, start);
      return index < blockEnds.length && blockStarts[index] < end;
    },
    countStartingIn(from, to) {
      return firstIndexAtLeast(starts, to) - firstIndexAtLeast(starts, from);
    },
  };
}

function firstIndexAtLeast(values: number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstIndexAbove(values: number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}
