import type { TimeRange } from "@/db/schema";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** "9:00" -> "09:00"; anything else unchanged, for the check below to report. */
function pad(time: string): string {
  return /^\d:\d\d$/.test(time) ? `0${time}` : time;
}

/**
 * Reads hours typed as "09:00-12:30, 13:30-17:00" (blank = none). Each time is HH:MM (24:00 may
 * end a range), each range ends after it starts, and ranges of one day may not overlap.
 * Returns the ranges sorted, or the first problem in plain words.
 */
export function parseTimeRanges(text: string): { ranges: TimeRange[] } | { error: string } {
  const parts = text.split(/[,;\n]/).map((p) => p.trim()).filter(Boolean);
  const ranges: TimeRange[] = [];
  for (const part of parts) {
    const match = /^(\S+)\s*(?:-|–|to)\s*(\S+)$/.exec(part);
    if (!match) return { error: `“${part}” is not a range: write it like 09:00-12:30` };
    const [start, end] = [pad(match[1]), pad(match[2])];
    if (!TIME.test(start) || start === "24:00") return { error: `“${match[1]}” is not a time: use HH:MM, 24-hour` };
    if (!TIME.test(end)) return { error: `“${match[2]}” is not a time: use HH:MM, 24-hour` };
    if (end <= start) return { error: `${start}-${end}: the end must be after the start` };
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i].start < ranges[i - 1].end) {
      return { error: `${ranges[i - 1].start}-${ranges[i - 1].end} and ${ranges[i].start}-${ranges[i].end} overlap` };
    }
  }
  return { ranges };
}

export function formatTimeRanges(ranges: TimeRange[]): string {
  return ranges.map((r) => `${r.start}-${r.end}`).join(", ");
}
