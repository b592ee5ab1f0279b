import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSlotInZone } from "./format-slot-in-zone";

const ZONES = ["UTC", "Europe/London", "Europe/Paris", "America/New_York", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns"];

describe("formatSlotInZone", () => {
  it("agrees with date-fns's zoned formatting for any instant and zone", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1971-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), fc.constantFrom(...ZONES), (d, zone) => {
        const expected = format(new TZDate(d.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
        expect(formatSlotInZone(d, zone)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes the offset, never Z, and drops milliseconds", () => {
    expect(formatSlotInZone(new Date("2026-12-01T09:00:00.789Z"), "Europe/Paris")).toBe("2026-12-01T10:00:00+01:00");
    expect(formatSlotInZone(new Date("2026-07-01T12:00:00Z"), "UTC")).toBe("2026-07-01T12:00:00+00:00");
    expect(formatSlotInZone(new Date("2026-07-01T12:00:00Z"), "America/St_Johns")).toBe("2026-07-01T09:30:00-02:30");
  });
});
