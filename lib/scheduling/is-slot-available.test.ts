import { describe, expect, it } from "vitest";
import { getAvailableSlots } from "./get-available-slots";
import { isSlotAvailable } from "./is-slot-available";
import { busy, makeSlotQuery } from "./slot-query.fixture";

const { from: _from, to: _to, timeZone: _timeZone, ...base } = makeSlotQuery({ now: new Date("2026-12-07T08:00:00Z") });
const at = (iso: string) => new Date(iso);

describe("isSlotAvailable", () => {
  it("accepts a start that is offered", () => {
    expect(isSlotAvailable(base, at("2026-12-07T09:00:00Z"))).toBe(true);
    expect(isSlotAvailable(base, at("2026-12-07T16:30:00Z"))).toBe(true);
  });

  it("agrees with getAvailableSlots for every start of a day", () => {
    const offered = getAvailableSlots({ ...base, from: "2026-12-07", to: "2026-12-07", timeZone: "UTC" });
    expect(offered.every((slot) => isSlotAvailable(base, slot.start))).toBe(true);
  });

  it("refuses a start off the grid", () => {
    expect(isSlotAvailable(base, at("2026-12-07T09:10:00Z"))).toBe(false);
    expect(isSlotAvailable(base, at("2026-12-07T09:00:00.001Z"))).toBe(false);
  });

  it("refuses a start outside working hours or too late to finish", () => {
    expect(isSlotAvailable(base, at("2026-12-07T08:30:00Z"))).toBe(false);
    expect(isSlotAvailable(base, at("2026-12-07T17:00:00Z"))).toBe(false);
    expect(isSlotAvailable({ ...base, durationMinutes: 60 }, at("2026-12-07T16:30:00Z"))).toBe(false);
  });

  it("refuses a start taken by a booking or its buffer", () => {
    const booked = { ...base, busy: [busy("2026-12-07T10:00:00Z", "2026-12-07T11:00:00Z")] };
    expect(isSlotAvailable(booked, at("2026-12-07T10:30:00Z"))).toBe(false);
    expect(isSlotAvailable(booked, at("2026-12-07T11:00:00Z"))).toBe(true);
    const buffered = { ...booked, rules: { ...booked.rules, bufferAfterMinutes: 30 } };
    expect(isSlotAvailable(buffered, at("2026-12-07T11:00:00Z"))).toBe(false);
    expect(isSlotAvailable(buffered, at("2026-12-07T09:30:00Z"))).toBe(false);
    expect(isSlotAvailable(buffered, at("2026-12-07T11:30:00Z"))).toBe(true);
  });

  it("refuses a start in the past, inside the notice or past the window", () => {
    expect(isSlotAvailable(base, at("2026-12-04T09:00:00Z"))).toBe(false);
    const notice = { ...base, rules: { ...base.rules, minNoticeMinutes: 90 } };
    expect(isSlotAvailable(notice, at("2026-12-07T09:00:00Z"))).toBe(false);
    expect(isSlotAvailable(notice, at("2026-12-07T09:30:00Z"))).toBe(true);
    const window = { ...base, rules: { ...base.rules, windowDays: 2 } };
    expect(isSlotAvailable(window, at("2026-12-09T08:00:00Z"))).toBe(false);
    expect(isSlotAvailable(window, at("2026-12-08T16:30:00Z"))).toBe(true);
  });

  it("refuses a start on a day at its cap", () => {
    const capped = { ...base, rules: { ...base.rules, dailyCap: 1 }, busy: [busy("2026-12-07T15:00:00Z", "2026-12-07T15:30:00Z")] };
    expect(isSlotAvailable(capped, at("2026-12-07T09:00:00Z"))).toBe(false);
    expect(isSlotAvailable(capped, at("2026-12-08T09:00:00Z"))).toBe(true);
  });

  it("takes the first of a repeated wall time, never the second", () => {
    const newYork = {
      ...base,
      coachTimeZone: "America/New_York",
      overrides: [{ date: "2026-11-01", ranges: [{ start: "00:00", end: "03:00" }] }],
      now: new Date("2026-10-30T00:00:00Z"),
    };
    expect(isSlotAvailable(newYork, at("2026-11-01T05:30:00Z"))).toBe(true); // 01:30 EDT
    expect(isSlotAvailable(newYork, at("2026-11-01T06:30:00Z"))).toBe(false); // 01:30 EST
  });

  it("checks a Kolkata coach's half-hour offset", () => {
    const kolkata = { ...base, coachTimeZone: "Asia/Kolkata", now: new Date("2026-12-01T00:00:00Z") };
    expect(isSlotAvailable(kolkata, at("2026-12-07T03:30:00Z"))).toBe(true); // 09:00 IST
    expect(isSlotAvailable(kolkata, at("2026-12-07T03:00:00Z"))).toBe(false); // 08:30 IST
  });

  it("refuses an invalid date", () => {
    expect(isSlotAvailable(base, new Date(Number.NaN))).toBe(false);
  });
});
