import { tzOffset } from "@date-fns/tz";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSlotInZone } from "./format-slot-in-zone";
import { getLocalDate } from "./get-local-date";
import { zoneOffsetMinutes } from "./zone-offset";

// The remembered offsets against asking Intl every time (the reference), over every zone the
// runtime knows, at random instants and right around each zone's clock changes.

const ALL_ZONES = Intl.supportedValuesOf("timeZone");
const MIN = new Date("1990-01-01T00:00:00Z").getTime();
const MAX = new Date("2080-01-01T00:00:00Z").getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Instants where the zone's offset changes in 2025-2027, found by daily steps then bisection. */
function changesOf(timeZone: string): number[] {
  const out: number[] = [];
  let t = Date.UTC(2025, 0, 1);
  let offset = tzOffset(timeZone, new Date(t));
  for (; t < Date.UTC(2028, 0, 1); t += DAY) {
    const next = tzOffset(timeZone, new Date(t + DAY));
    if (next === offset) continue;
    let low = t;
    let high = t + DAY;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (tzOffset(timeZone, new Date(middle)) === offset) low = middle;
      else high = middle;
    }
    out.push(high);
    offset = next;
  }
  return out;
}

const instants = fc.integer({ min: MIN, max: MAX });
const zones = fc.constantFrom(...ALL_ZONES);

describe("zoneOffsetMinutes", { timeout: 60_000 }, () => {
  it("equals tzOffset at any instant in any zone", () => {
    fc.assert(
      fc.property(zones, fc.array(instants, { minLength: 1, maxLength: 20 }), (zone, list) => {
        for (const t of list) expect(zoneOffsetMinutes(zone, t)).toBe(tzOffset(zone, new Date(t)));
      }),
      { numRuns: 1500 },
    );
  });

  it("equals tzOffset in the milliseconds around every clock change of 2025-2027", () => {
    const zonesWithChanges = ALL_ZONES.filter((_, i) => i % 2 === 0);
    let checked = 0;
    for (const zone of zonesWithChanges) {
      for (const change of changesOf(zone)) {
        for (const delta of [-HOUR, -60_001, -1, 0, 1, 59_999, HOUR - 1]) {
          expect(zoneOffsetMinutes(zone, change + delta), `${zone} ${new Date(change + delta).toISOString()}`).toBe(tzOffset(zone, new Date(change + delta)));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe("fast formatting against date-fns", { timeout: 60_000 }, () => {
  it("formatSlotInZone and getLocalDate agree with TZDate for any zone and instant", () => {
    fc.assert(
      fc.property(zones, instants, (zone, t) => {
        const zoned = new TZDate(t, zone);
        expect(formatSlotInZone(new Date(t), zone)).toBe(format(zoned, "yyyy-MM-dd'T'HH:mm:ssxxx"));
        expect(getLocalDate(t, zone)).toBe(format(zoned, "yyyy-MM-dd"));
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees at every clock change, where the hour's offset is not shared", () => {
    for (const zone of ["Europe/London", "America/Santiago", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Asia/Gaza"]) {
      for (const change of changesOf(zone)) {
        for (const delta of [-1000, 0, 1000, 30 * 60_000]) {
          const zoned = new TZDate(change + delta, zone);
          expect(formatSlotInZone(new Date(change + delta), zone)).toBe(format(zoned, "yyyy-MM-dd'T'HH:mm:ssxxx"));
          expect(getLocalDate(change + delta, zone)).toBe(format(zoned, "yyyy-MM-dd"));
        }
      }
    }
  });
});
