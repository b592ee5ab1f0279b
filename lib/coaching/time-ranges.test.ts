import { describe, expect, it } from "vitest";
import { formatTimeRanges, parseTimeRanges } from "./time-ranges";

describe("parseTimeRanges", () => {
  it("reads several ranges, pads single-digit hours and sorts them", () => {
    expect(parseTimeRanges("13:30-17:00, 9:00 - 12:30")).toEqual({ ranges: [{ start: "09:00", end: "12:30" }, { start: "13:30", end: "17:00" }] });
    expect(parseTimeRanges("  ")).toEqual({ ranges: [] });
    expect(parseTimeRanges("20:00-24:00")).toEqual({ ranges: [{ start: "20:00", end: "24:00" }] });
  });

  it("names the first problem", () => {
    expect(parseTimeRanges("nine to five")).toEqual({ error: expect.stringMatching(/“nine” is not a time/) });
    expect(parseTimeRanges("09:00")).toEqual({ error: expect.stringMatching(/not a range/) });
    expect(parseTimeRanges("09:00-12:61")).toEqual({ error: expect.stringMatching(/not a time/) });
    expect(parseTimeRanges("24:00-24:00")).toEqual({ error: expect.stringMatching(/not a time/) });
    expect(parseTimeRanges("12:00-09:00")).toEqual({ error: expect.stringMatching(/end must be after/) });
    expect(parseTimeRanges("09:00-12:00, 11:59-13:00")).toEqual({ error: expect.stringMatching(/overlap/) });
  });

  it("lets ranges touch, and formats back to what it reads", () => {
    const parsed = parseTimeRanges("09:00-12:00, 12:00-13:00");
    expect(parsed).toEqual({ ranges: [{ start: "09:00", end: "12:00" }, { start: "12:00", end: "13:00" }] });
    if ("ranges" in parsed) expect(parseTimeRanges(formatTimeRanges(parsed.ranges))).toEqual(parsed);
  });
});
