import { describe, expect, it } from "vitest";
import { formatSlotInZone } from "./format-slot-in-zone";
import { getLocalDate } from "./get-local-date";
import { isValidTimeZone } from "./is-valid-time-zone";
import { localDayRange } from "./local-day-range";

const HOUR = 3_600_000;
const iso = (date: Date) => date.toISOString();
const hours = ({ start, end }: { start: Date; end: Date }) => (end.getTime() - start.getTime()) / HOUR;

describe("localDayRange", () => {
  it("is 24 hours on an ordinary day", () => {
    const day = localDayRange("2026-12-07", "America/New_York");
    expect([iso(day.start), iso(day.end)]).toEqual(["2026-12-07T05:00:00.000Z", "2026-12-08T05:00:00.000Z"]);
  });

  it("is 23 hours on a spring-forward day and 25 on a fall-back day", () => {
    expect(hours(localDayRange("2026-03-08", "America/New_York"))).toBe(23);
    expect(hours(localDayRange("2026-11-01", "America/New_York"))).toBe(25);
    expect(hours(localDayRange("2026-03-29", "Europe/London"))).toBe(23);
    expect(hours(localDayRange("2026-10-25", "Europe/London"))).toBe(25);
    expect(iso(localDayRange("2026-10-25", "Europe/London").start)).toBe("2026-10-24T23:00:00.000Z");
  });

  it("follows a half-hour zone", () => {
    expect(iso(localDayRange("2026-12-07", "Asia/Kolkata").start)).toBe("2026-12-06T18:30:00.000Z");
  });

  it("starts when the clocks jump on a day whose midnight is skipped", () => {
    // Chile moves from 00:00 to 01:00 on 6 September 2026.
    const day = localDayRange("2026-09-06", "America/Santiago");
    expect(iso(day.start)).toBe("2026-09-06T04:00:00.000Z");
    expect(hours(day)).toBe(23);
  });
});

describe("getLocalDate", () => {
  it("gives the calendar date in the zone", () => {
    expect(getLocalDate(new Date("2026-12-07T03:00:00Z"), "America/New_York")).toBe("2026-12-06");
    expect(getLocalDate(new Date("2026-12-07T19:00:00Z"), "Asia/Kolkata")).toBe("2026-12-08");
  });
});

describe("formatSlotInZone", () => {
  it.each([
    ["Europe/Paris", "2026-12-01T10:00:00+01:00"],
    ["UTC", "2026-12-01T09:00:00+00:00"],
    ["Europe/London", "2026-12-01T09:00:00+00:00"],
    ["Asia/Kolkata", "2026-12-01T14:30:00+05:30"],
    ["Asia/Kathmandu", "2026-12-01T14:45:00+05:45"],
    ["America/New_York", "2026-12-01T04:00:00-05:00"],
  ])("writes the offset of %s", (timeZone, expected) => {
    expect(formatSlotInZone(new Date("2026-12-01T09:00:00Z"), timeZone)).toBe(expected);
  });

  it("uses the offset in force at that instant and drops milliseconds", () => {
    expect(formatSlotInZone(new Date("2026-07-01T09:00:00.250Z"), "America/New_York")).toBe("2026-07-01T05:00:00-04:00");
  });

  it("round-trips through Date", () => {
    const instant = new Date("2026-10-25T00:30:00Z");
    expect(new Date(formatSlotInZone(instant, "Europe/London")).getTime()).toBe(instant.getTime());
  });
});

describe("isValidTimeZone", () => {
  it.each(["UTC", "Etc/UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Asia/Calcutta", "America/Argentina/Buenos_Aires"])(
    "accepts %s",
    (timeZone) => expect(isValidTimeZone(timeZone)).toBe(true),
  );

  it.each(["", "Mars/Olympus", "+01:00", "-0500", "GMT+1 ", "Europe/London; drop table"])("refuses %j", (timeZone) =>
    expect(isValidTimeZone(timeZone)).toBe(false),
  );
});
