import { describe, expect, it } from "vitest";
import { formatIsoDate, isIsoDate, parseIsoDate } from "./iso-date";

describe("isIsoDate", () => {
  it("accepts real calendar dates", () => {
    expect(isIsoDate("2025-01-31")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
  });

  it("rejects impossible dates and other shapes", () => {
    for (const value of ["2025-02-29", "2025-02-30", "2025-13-01", "2025-1-5", "05/01/2025", "2025-01-01T00:00", "", null, 20250101]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});

describe("parseIsoDate / formatIsoDate", () => {
  it("round-trips a date", () => {
    expect(formatIsoDate(parseIsoDate("2026-03-29"))).toBe("2026-03-29");
  });

  it("throws a RangeError on a bad date", () => {
    expect(() => parseIsoDate("2026-02-30")).toThrow(RangeError);
  });
});
