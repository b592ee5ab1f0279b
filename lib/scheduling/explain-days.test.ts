import { describe, expect, it } from "vitest";
import { explainDays } from "./explain-days";
import { getAvailableSlots } from "./get-available-slots";
import { busy, makeSlotQuery } from "./slot-query.fixture";
import type { DayExplanation } from "./types";

// Monday 7 December 2026, noon UTC; the coach works Monday to Friday 09:00-17:00 UTC.
const monday = makeSlotQuery({ now: new Date("2026-12-07T12:00:00Z"), rules: { windowDays: 14 } });

function explainOne(date: string, overrides: Partial<typeof monday> = {}): DayExplanation {
  const [day] = explainDays({ ...monday, ...overrides, from: date, to: date });
  return day;
}

describe("explainDays", () => {
  it("gives one entry per viewer day with its slot count", () => {
    const days = explainDays({ ...monday, from: "2026-12-04", to: "2026-12-13" });
    expect(days).toEqual([
      { date: "2026-12-04", slotCount: 0, reason: "past" },
      { date: "2026-12-05", slotCount: 0, reason: "past" },
      { date: "2026-12-06", slotCount: 0, reason: "past" },
      { date: "2026-12-07", slotCount: 10, reason: null },
      { date: "2026-12-08", slotCount: 16, reason: null },
      { date: "2026-12-09", slotCount: 16, reason: null },
      { date: "2026-12-10", slotCount: 16, reason: null },
      { date: "2026-12-11", slotCount: 16, reason: null },
      { date: "2026-12-12", slotCount: 0, reason: "day_off" },
      { date: "2026-12-13", slotCount: 0, reason: "day_off" },
    ]);
  });

  it("counts the same slots as getAvailableSlots", () => {
    const query = { ...monday, from: "2026-12-01", to: "2026-12-31", timeZone: "Pacific/Auckland" };
    const total = explainDays(query).reduce((sum, day) => sum + day.slotCount, 0);
    expect(total).toBe(getAvailableSlots(query).length);
  });

  describe("reasons", () => {
    it("past: the day is over", () => {
      expect(explainOne("2026-12-04")).toEqual({ date: "2026-12-04", slotCount: 0, reason: "past" });
    });

    it("past: today's hours are over", () => {
      expect(explainOne("2026-12-07", { now: new Date("2026-12-07T17:30:00Z") }).reason).toBe("past");
    });

    it("outside_window: the day is past the booking window, even on a day off", () => {
      expect(explainOne("2026-12-22").reason).toBe("outside_window");
      expect(explainOne("2026-12-26").reason).toBe("outside_window");
    });

    it("the last day of the window keeps the slots up to its end", () => {
      expect(explainOne("2026-12-21")).toEqual({ date: "2026-12-21", slotCount: 7, reason: null });
    });

    it("day_off: no weekly hours, or an override without ranges", () => {
      expect(explainOne("2026-12-12").reason).toBe("day_off");
      expect(explainOne("2026-12-09", { overrides: [{ date: "2026-12-09", ranges: [] }] }).reason).toBe("day_off");
    });

    it("daily_cap: the day already has its bookings", () => {
      const day = explainOne("2026-12-10", {
        rules: { ...monday.rules, dailyCap: 1 },
        busy: [busy("2026-12-10T09:00:00Z", "2026-12-10T09:30:00Z")],
      });
      expect(day.reason).toBe("daily_cap");
    });

    it("daily_cap wins over a fully booked day", () => {
      const day = explainOne("2026-12-08", {
        rules: { ...monday.rules, dailyCap: 1 },
        busy: [busy("2026-12-08T09:00:00Z", "2026-12-08T17:00:00Z")],
      });
      expect(day.reason).toBe("daily_cap");
    });

    it("minimum_notice: the rest of today is too soon", () => {
      const rules = { ...monday.rules, minNoticeMinutes: 24 * 60 };
      expect(explainOne("2026-12-07", { rules }).reason).toBe("minimum_notice");
      expect(explainOne("2026-12-08", { rules })).toEqual({ date: "2026-12-08", slotCount: 10, reason: null });
    });

    it("fully_booked: bookings fill the working hours", () => {
      const day = explainOne("2026-12-08", { busy: [busy("2026-12-08T08:00:00Z", "2026-12-08T18:00:00Z")] });
      expect(day).toEqual({ date: "2026-12-08", slotCount: 0, reason: "fully_booked" });
    });

    it("fully_booked: what the notice leaves is booked", () => {
      const day = explainOne("2026-12-07", {
        rules: { ...monday.rules, minNoticeMinutes: 180 },
        busy: [busy("2026-12-07T15:00:00Z", "2026-12-07T17:00:00Z")],
      });
      expect(day.reason).toBe("fully_booked");
    });

    it("fully_booked: buffers around a booking take the rest", () => {
      const day = explainOne("2026-12-08", {
        weekly: [{ weekday: 2, start: "09:00", end: "11:00" }],
        rules: { ...monday.rules, bufferBeforeMinutes: 45, bufferAfterMinutes: 45 },
        busy: [busy("2026-12-08T09:45:00Z", "2026-12-08T10:15:00Z")],
      });
      expect(day.reason).toBe("fully_booked");
    });
  });

  describe("the viewer's calendar", () => {
    it("explains a Kolkata coach's Monday morning on a New York viewer's Sunday evening", () => {
      const days = explainDays(
        makeSlotQuery({
          coachTimeZone: "Asia/Kolkata",
          weekly: [{ weekday: 1, start: "09:00", end: "12:00" }],
          durationMinutes: 60,
          rules: { slotIntervalMinutes: 60 },
          from: "2026-12-05",
          to: "2026-12-08",
          timeZone: "America/New_York",
        }),
      );
      expect(days).toEqual([
        { date: "2026-12-05", slotCount: 0, reason: "day_off" },
        { date: "2026-12-06", slotCount: 2, reason: null },
        { date: "2026-12-07", slotCount: 1, reason: null },
        { date: "2026-12-08", slotCount: 0, reason: "day_off" },
      ]);
    });

    it("counts 23 and 25 hourly slots on a London viewer's daylight-saving days", () => {
      const allDay = makeSlotQuery({
        weekly: ([0, 1, 2, 3, 4, 5, 6] as const).map((weekday) => ({ weekday, start: "00:00", end: "24:00" })),
        durationMinutes: 60,
        rules: { slotIntervalMinutes: 60, windowDays: 365 },
        now: new Date("2026-03-01T00:00:00Z"),
        timeZone: "Europe/London",
      });
      const counts = (from: string, to: string) => explainDays({ ...allDay, from, to }).map((day) => day.slotCount);
      expect(counts("2026-03-28", "2026-03-30")).toEqual([24, 23, 24]);
      expect(counts("2026-10-24", "2026-10-26")).toEqual([24, 25, 24]);
    });

    it("gives a London coach's fall-back day 24 hourly wall-clock slots", () => {
      const [day] = explainDays(
        makeSlotQuery({
          coachTimeZone: "Europe/London",
          weekly: [{ weekday: 0, start: "00:00", end: "24:00" }],
          durationMinutes: 60,
          rules: { slotIntervalMinutes: 60, windowDays: 365 },
          now: new Date("2026-03-01T00:00:00Z"),
          from: "2026-10-25",
          to: "2026-10-25",
        }),
      );
      expect(day).toEqual({ date: "2026-10-25", slotCount: 24, reason: null });
    });
  });
});
