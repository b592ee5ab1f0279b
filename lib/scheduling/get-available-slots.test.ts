import { describe, expect, it } from "vitest";
import { getAvailableSlots } from "./get-available-slots";
import { InvalidSlotQueryError } from "./invalid-slot-query-error";
import { busy, clockTimesIn, makeSlotQuery, startsIn } from "./slot-query.fixture";

const MINUTE = 60_000;

describe("getAvailableSlots", () => {
  it("offers office hours on the grid as UTC instants", () => {
    const slots = getAvailableSlots(makeSlotQuery());
    expect(slots).toHaveLength(16);
    expect(slots[0]).toEqual(busy("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z"));
    expect(slots.at(-1)).toEqual(busy("2026-12-07T16:30:00Z", "2026-12-07T17:00:00Z"));
  });

  it("offers nothing on a day without working hours", () => {
    expect(getAvailableSlots(makeSlotQuery({ from: "2026-12-05", to: "2026-12-06" }))).toEqual([]);
  });

  it("lets slots overlap one another when the interval is shorter than the duration", () => {
    const slots = getAvailableSlots(
      makeSlotQuery({ weekly: [{ weekday: 1, start: "09:00", end: "11:00" }], durationMinutes: 60, rules: { slotIntervalMinutes: 15 } }),
    );
    expect(clockTimesIn(slots, "UTC")).toEqual(["09:00", "09:15", "09:30", "09:45", "10:00"]);
  });

  it("drops a last slot that would run past the end of the range", () => {
    const slots = getAvailableSlots(makeSlotQuery({ weekly: [{ weekday: 1, start: "09:00", end: "10:40" }], durationMinutes: 45 }));
    expect(clockTimesIn(slots, "UTC")).toEqual(["09:00", "09:30"]);
  });

  it("accepts 24:00 as the end of a range", () => {
    const slots = getAvailableSlots(makeSlotQuery({ weekly: [{ weekday: 1, start: "22:00", end: "24:00" }], durationMinutes: 60 }));
    expect(startsIn(slots, "UTC")).toEqual(["2026-12-07T22:00:00+00:00", "2026-12-07T22:30:00+00:00", "2026-12-07T23:00:00+00:00"]);
  });

  describe("several ranges per day", () => {
    it("offers each range's own grid", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({
          weekly: [
            { weekday: 1, start: "09:00", end: "10:00" },
            { weekday: 1, start: "14:00", end: "15:30" },
          ],
          durationMinutes: 45,
          rules: { slotIntervalMinutes: 15 },
        }),
      );
      expect(clockTimesIn(slots, "UTC")).toEqual(["09:00", "09:15", "14:00", "14:15", "14:30", "14:45"]);
    });

    it("offers a start once when overlapping ranges share it", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({
          weekly: [
            { weekday: 1, start: "09:00", end: "10:00" },
            { weekday: 1, start: "09:30", end: "11:00" },
          ],
        }),
      );
      expect(clockTimesIn(slots, "UTC")).toEqual(["09:00", "09:30", "10:00", "10:30"]);
    });

    it("does not let a slot straddle two adjacent ranges", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({
          weekly: [
            { weekday: 1, start: "09:00", end: "10:00" },
            { weekday: 1, start: "10:00", end: "11:00" },
          ],
          durationMinutes: 60,
        }),
      );
      expect(clockTimesIn(slots, "UTC")).toEqual(["09:00", "10:00"]);
    });
  });

  describe("overrides", () => {
    it("takes a day off", () => {
      const slots = getAvailableSlots(makeSlotQuery({ overrides: [{ date: "2026-12-07", ranges: [] }], to: "2026-12-08" }));
      expect(slots.every((slot) => slot.start.toISOString().startsWith("2026-12-08"))).toBe(true);
      expect(slots).toHaveLength(16);
    });

    it("replaces the weekly hours with different ones", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({ overrides: [{ date: "2026-12-07", ranges: [{ start: "13:00", end: "14:00" }, { start: "18:00", end: "19:00" }] }] }),
      );
      expect(clockTimesIn(slots, "UTC")).toEqual(["13:00", "13:30", "18:00", "18:30"]);
    });

    it("opens a day that has no weekly hours", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({ from: "2026-12-06", to: "2026-12-06", overrides: [{ date: "2026-12-06", ranges: [{ start: "10:00", end: "11:00" }] }] }),
      );
      expect(startsIn(slots, "UTC")).toEqual(["2026-12-06T10:00:00+00:00", "2026-12-06T10:30:00+00:00"]);
    });

    it("applies to the coach-local date, not the viewer's", () => {
      // 2026-12-07 in Kolkata is 18:30Z on the 6th to 18:30Z on the 7th.
      const slots = getAvailableSlots(
        makeSlotQuery({
          coachTimeZone: "Asia/Kolkata",
          overrides: [{ date: "2026-12-07", ranges: [{ start: "00:00", end: "01:00" }] }],
          timeZone: "UTC",
          from: "2026-12-06",
          to: "2026-12-06",
        }),
      );
      expect(startsIn(slots, "UTC")).toEqual(["2026-12-06T18:30:00+00:00", "2026-12-06T19:00:00+00:00"]);
    });
  });

  describe("busy bookings and buffers", () => {
    it("leaves out slots that overlap a booking", () => {
      const slots = getAvailableSlots(makeSlotQuery({ busy: [busy("2026-12-07T10:00:00Z", "2026-12-07T10:30:00Z")] }));
      expect(clockTimesIn(slots, "UTC").slice(0, 4)).toEqual(["09:00", "09:30", "10:30", "11:00"]);
    });

    it("leaves out longer slots that would run into a booking", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({ durationMinutes: 60, busy: [busy("2026-12-07T10:00:00Z", "2026-12-07T10:30:00Z")] }),
      );
      expect(clockTimesIn(slots, "UTC").slice(0, 3)).toEqual(["09:00", "10:30", "11:00"]);
    });

    it("keeps the larger buffer between a slot and a booking on both sides", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({
          weekly: [{ weekday: 1, start: "09:00", end: "13:00" }],
          rules: { slotIntervalMinutes: 15, bufferBeforeMinutes: 15, bufferAfterMinutes: 30 },
          busy: [busy("2026-12-07T10:00:00Z", "2026-12-07T11:00:00Z")],
        }),
      );
      // 09:15 would end at 09:45, 15 minutes before the booking: its own after-buffer is 30.
      // 11:15 would start 15 minutes after the booking, inside the booking's after-buffer.
      expect(clockTimesIn(slots, "UTC")).toEqual(["09:00", "11:30", "11:45", "12:00", "12:15", "12:30"]);
    });

    it("ignores bookings that are far away", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({
          rules: { bufferBeforeMinutes: 60, bufferAfterMinutes: 60 },
          busy: [busy("2026-12-06T10:00:00Z", "2026-12-06T11:00:00Z"), busy("2026-12-08T07:00:00Z", "2026-12-08T08:00:00Z")],
        }),
      );
      expect(slots).toHaveLength(16);
    });
  });

  describe("minimum notice", () => {
    it("starts at now + notice, on the grid", () => {
      const slots = getAvailableSlots(makeSlotQuery({ now: new Date("2026-12-07T09:10:00Z"), rules: { minNoticeMinutes: 120 } }));
      expect(clockTimesIn(slots, "UTC")[0]).toBe("11:30");
    });

    it("offers a slot that starts exactly at now + notice", () => {
      const slots = getAvailableSlots(makeSlotQuery({ now: new Date("2026-12-07T10:00:00Z"), rules: { minNoticeMinutes: 60 } }));
      expect(clockTimesIn(slots, "UTC")[0]).toBe("11:00");
    });

    it("offers nothing in the past even without notice", () => {
      const slots = getAvailableSlots(makeSlotQuery({ now: new Date("2026-12-07T16:40:00Z"), from: "2026-12-01", to: "2026-12-07" }));
      expect(startsIn(slots, "UTC")).toEqual([]);
    });
  });

  describe("booking window", () => {
    it("offers slots up to now + windowDays, inclusive", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({ now: new Date("2026-12-01T12:00:00Z"), rules: { windowDays: 7 }, from: "2026-12-01", to: "2026-12-31" }),
      );
      expect(startsIn(slots, "UTC").at(-1)).toBe("2026-12-08T12:00:00+00:00");
      expect(startsIn(slots, "UTC")[0]).toBe("2026-12-01T12:00:00+00:00");
    });

    it("counts calendar days in the coach's zone across a DST change", () => {
      // 09:00 EDT on Friday; three days later is 09:00 EST on Monday (14:00Z), 73 hours on.
      const slots = getAvailableSlots(
        makeSlotQuery({
          coachTimeZone: "America/New_York",
          now: new Date("2026-10-30T13:00:00Z"),
          rules: { windowDays: 3 },
          from: "2026-11-02",
          to: "2026-11-02",
        }),
      );
      expect(startsIn(slots, "America/New_York")).toEqual(["2026-11-02T09:00:00-05:00"]);
    });

    it("ends the window when the clocks jump if now's time is skipped that day", () => {
      // 02:30:15 EST on Saturday; 02:30 does not exist on Sunday, so the window ends at 03:00 EDT.
      const slots = getAvailableSlots(
        makeSlotQuery({
          coachTimeZone: "America/New_York",
          overrides: [{ date: "2026-03-08", ranges: [{ start: "00:00", end: "05:00" }] }],
          now: new Date("2026-03-07T07:30:15Z"),
          rules: { windowDays: 1 },
          from: "2026-03-08",
          to: "2026-03-08",
        }),
      );
      expect(startsIn(slots, "America/New_York").at(-1)).toBe("2026-03-08T03:00:00-04:00");
    });

    it("offers nothing when the asked days are all past the window", () => {
      expect(getAvailableSlots(makeSlotQuery({ rules: { windowDays: 5 } }))).toEqual([]);
    });
  });

  describe("daily cap", () => {
    it("closes a day once the cap is reached and leaves other days open", () => {
      const slots = getAvailableSlots(
        makeSlotQuery({
          rules: { dailyCap: 2 },
          to: "2026-12-08",
          busy: [
            busy("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z"),
            busy("2026-12-07T15:00:00Z", "2026-12-07T15:30:00Z"),
            busy("2026-12-08T09:00:00Z", "2026-12-08T09:30:00Z"),
          ],
        }),
      );
      expect(slots.every((slot) => slot.start.toISOString().startsWith("2026-12-08"))).toBe(true);
      expect(slots).toHaveLength(15);
    });

    it("counts bookings by the coach-local day they start on", () => {
      // 03:00Z on the 8th is 22:00 on the 7th in New York: it counts for Monday the 7th.
      const query = makeSlotQuery({
        coachTimeZone: "America/New_York",
        rules: { dailyCap: 1 },
        from: "2026-12-07",
        to: "2026-12-08",
        busy: [busy("2026-12-08T03:00:00Z", "2026-12-08T03:30:00Z")],
      });
      const dates = startsIn(getAvailableSlots(query), "America/New_York").map((iso) => iso.slice(0, 10));
      expect(new Set(dates)).toEqual(new Set(["2026-12-08"]));
    });

    it("treats a cap of zero as no bookings at all", () => {
      expect(getAvailableSlots(makeSlotQuery({ rules: { dailyCap: 0 } }))).toEqual([]);
    });
  });

  describe("viewer's days", () => {
    it("returns slots that start on the viewer's days, whatever the coach's date", () => {
      // Tokyo's 8 December runs from 15:00Z on the 7th to 15:00Z on the 8th.
      const slots = getAvailableSlots(makeSlotQuery({ timeZone: "Asia/Tokyo", from: "2026-12-08", to: "2026-12-08" }));
      const seen = startsIn(slots, "Asia/Tokyo");
      expect(seen[0]).toBe("2026-12-08T00:00:00+09:00");
      expect(seen.at(-1)).toBe("2026-12-08T23:30:00+09:00");
      expect(seen).toHaveLength(4 + 12);
    });
  });

  describe("a coach in Asia/Kolkata (+05:30)", () => {
    const kolkata = makeSlotQuery({
      coachTimeZone: "Asia/Kolkata",
      weekly: [{ weekday: 1, start: "09:00", end: "12:00" }],
      durationMinutes: 60,
      rules: { slotIntervalMinutes: 60 },
    });

    it("offers the coach's local hours at half-hour UTC instants", () => {
      const slots = getAvailableSlots({ ...kolkata, timeZone: "Asia/Kolkata" });
      expect(startsIn(slots, "Asia/Kolkata")).toEqual([
        "2026-12-07T09:00:00+05:30",
        "2026-12-07T10:00:00+05:30",
        "2026-12-07T11:00:00+05:30",
      ]);
      expect(slots[0].start.toISOString()).toBe("2026-12-07T03:30:00.000Z");
    });

    it("shows a New York viewer Monday morning in Kolkata as Sunday evening", () => {
      const viewer = { ...kolkata, timeZone: "America/New_York" };
      expect(startsIn(getAvailableSlots({ ...viewer, from: "2026-12-06", to: "2026-12-06" }), "America/New_York")).toEqual([
        "2026-12-06T22:30:00-05:00",
        "2026-12-06T23:30:00-05:00",
      ]);
      expect(startsIn(getAvailableSlots({ ...viewer, from: "2026-12-07", to: "2026-12-07" }), "America/New_York")).toEqual([
        "2026-12-07T00:30:00-05:00",
      ]);
    });
  });

  describe("Europe/London daylight saving", () => {
    const london = makeSlotQuery({ coachTimeZone: "Europe/London", now: new Date("2026-03-01T00:00:00Z"), rules: { windowDays: 365 } });
    const earlyHours = (date: string, end: string) => [{ date, ranges: [{ start: "00:00", end }] }];

    it("skips the wall times that do not exist on the spring-forward night", () => {
      const slots = getAvailableSlots({ ...london, overrides: earlyHours("2026-03-29", "04:00"), from: "2026-03-29", to: "2026-03-29", timeZone: "Europe/London" });
      expect(startsIn(slots, "Europe/London")).toEqual([
        "2026-03-29T00:00:00+00:00",
        "2026-03-29T00:30:00+00:00",
        "2026-03-29T02:00:00+01:00",
        "2026-03-29T02:30:00+01:00",
        "2026-03-29T03:00:00+01:00",
        "2026-03-29T03:30:00+01:00",
      ]);
      expect(slots.every((slot) => slot.end.getTime() - slot.start.getTime() === 30 * MINUTE)).toBe(true);
    });

    it("shows the spring-forward night to a viewer in New York", () => {
      const slots = getAvailableSlots({ ...london, overrides: earlyHours("2026-03-29", "04:00"), from: "2026-03-28", to: "2026-03-28", timeZone: "America/New_York" });
      expect(startsIn(slots, "America/New_York")).toEqual([
        "2026-03-28T20:00:00-04:00",
        "2026-03-28T20:30:00-04:00",
        "2026-03-28T21:00:00-04:00",
        "2026-03-28T21:30:00-04:00",
        "2026-03-28T22:00:00-04:00",
        "2026-03-28T22:30:00-04:00",
      ]);
    });

    it("keeps full office hours on the 23-hour day", () => {
      const slots = getAvailableSlots({
        ...london,
        overrides: [{ date: "2026-03-29", ranges: [{ start: "09:00", end: "17:00" }] }],
        from: "2026-03-29",
        to: "2026-03-29",
        timeZone: "Europe/London",
      });
      expect(slots).toHaveLength(16);
      expect(startsIn(slots, "Europe/London")[0]).toBe("2026-03-29T09:00:00+01:00");
      expect(slots[0].start.toISOString()).toBe("2026-03-29T08:00:00.000Z");
    });

    it("uses the first occurrence of the repeated hour on the fall-back night", () => {
      const slots = getAvailableSlots({ ...london, overrides: earlyHours("2026-10-25", "03:00"), from: "2026-10-25", to: "2026-10-25", timeZone: "Europe/London" });
      expect(startsIn(slots, "Europe/London")).toEqual([
        "2026-10-25T00:00:00+01:00",
        "2026-10-25T00:30:00+01:00",
        "2026-10-25T01:00:00+01:00",
        "2026-10-25T01:30:00+01:00",
        "2026-10-25T02:00:00+00:00",
        "2026-10-25T02:30:00+00:00",
      ]);
    });

    it("gives hour-long slots 60 real minutes across the fall-back", () => {
      const slots = getAvailableSlots({
        ...london,
        overrides: earlyHours("2026-10-25", "03:00"),
        durationMinutes: 60,
        rules: { ...london.rules, slotIntervalMinutes: 60 },
        from: "2026-10-24",
        to: "2026-10-25",
        timeZone: "UTC",
      });
      expect(slots.map((slot) => [slot.start.toISOString(), slot.end.toISOString()])).toEqual([
        ["2026-10-24T23:00:00.000Z", "2026-10-25T00:00:00.000Z"],
        ["2026-10-25T00:00:00.000Z", "2026-10-25T01:00:00.000Z"],
        ["2026-10-25T02:00:00.000Z", "2026-10-25T03:00:00.000Z"],
      ]);
    });

    it("ends a range at the first occurrence of a repeated end time", () => {
      // 01:30 first happens at 00:30Z; a 60-minute slot at 01:00 BST would end at 01:00Z.
      const slots = getAvailableSlots({
        ...london,
        overrides: earlyHours("2026-10-25", "01:30"),
        durationMinutes: 60,
        from: "2026-10-25",
        to: "2026-10-25",
        timeZone: "Europe/London",
      });
      expect(startsIn(slots, "Europe/London")).toEqual(["2026-10-25T00:00:00+01:00", "2026-10-25T00:30:00+01:00"]);
    });

    it("shows the fall-back night to a viewer in New York", () => {
      const slots = getAvailableSlots({ ...london, overrides: earlyHours("2026-10-25", "03:00"), from: "2026-10-24", to: "2026-10-24", timeZone: "America/New_York" });
      expect(startsIn(slots, "America/New_York")).toEqual([
        "2026-10-24T19:00:00-04:00",
        "2026-10-24T19:30:00-04:00",
        "2026-10-24T20:00:00-04:00",
        "2026-10-24T20:30:00-04:00",
        "2026-10-24T22:00:00-04:00",
        "2026-10-24T22:30:00-04:00",
      ]);
    });
  });

  describe("America/New_York daylight saving", () => {
    const newYork = makeSlotQuery({ coachTimeZone: "America/New_York", now: new Date("2026-03-01T00:00:00Z"), rules: { windowDays: 365 } });
    const earlyHours = (date: string, end: string) => [{ date, ranges: [{ start: "00:00", end }] }];

    it("skips 02:00-03:00 on the spring-forward night", () => {
      const slots = getAvailableSlots({ ...newYork, overrides: earlyHours("2026-03-08", "04:00"), from: "2026-03-08", to: "2026-03-08", timeZone: "America/New_York" });
      expect(startsIn(slots, "America/New_York")).toEqual([
        "2026-03-08T00:00:00-05:00",
        "2026-03-08T00:30:00-05:00",
        "2026-03-08T01:00:00-05:00",
        "2026-03-08T01:30:00-05:00",
        "2026-03-08T03:00:00-04:00",
        "2026-03-08T03:30:00-04:00",
      ]);
    });

    it("shows the spring-forward night to a viewer in London", () => {
      const slots = getAvailableSlots({ ...newYork, overrides: earlyHours("2026-03-08", "04:00"), from: "2026-03-08", to: "2026-03-08", timeZone: "Europe/London" });
      expect(startsIn(slots, "Europe/London")).toEqual([
        "2026-03-08T05:00:00+00:00",
        "2026-03-08T05:30:00+00:00",
        "2026-03-08T06:00:00+00:00",
        "2026-03-08T06:30:00+00:00",
        "2026-03-08T07:00:00+00:00",
        "2026-03-08T07:30:00+00:00",
      ]);
    });

    it("moves a London viewer's first slot an hour earlier for the weeks the clocks disagree", () => {
      const firstSeen = (date: string) =>
        startsIn(getAvailableSlots({ ...newYork, from: date, to: date, timeZone: "Europe/London" }), "Europe/London")[0];
      expect(firstSeen("2026-03-02")).toBe("2026-03-02T14:00:00+00:00");
      expect(firstSeen("2026-03-09")).toBe("2026-03-09T13:00:00+00:00");
      expect(firstSeen("2026-03-30")).toBe("2026-03-30T14:00:00+01:00");
    });

    it("uses the first 01:00-02:00 on the fall-back night", () => {
      const slots = getAvailableSlots({ ...newYork, overrides: earlyHours("2026-11-01", "03:00"), from: "2026-11-01", to: "2026-11-01", timeZone: "America/New_York" });
      expect(startsIn(slots, "America/New_York")).toEqual([
        "2026-11-01T00:00:00-04:00",
        "2026-11-01T00:30:00-04:00",
        "2026-11-01T01:00:00-04:00",
        "2026-11-01T01:30:00-04:00",
        "2026-11-01T02:00:00-05:00",
        "2026-11-01T02:30:00-05:00",
      ]);
    });

    it("shows the fall-back night to a viewer in London", () => {
      const slots = getAvailableSlots({ ...newYork, overrides: earlyHours("2026-11-01", "03:00"), from: "2026-11-01", to: "2026-11-01", timeZone: "Europe/London" });
      expect(startsIn(slots, "Europe/London")).toEqual([
        "2026-11-01T04:00:00+00:00",
        "2026-11-01T04:30:00+00:00",
        "2026-11-01T05:00:00+00:00",
        "2026-11-01T05:30:00+00:00",
        "2026-11-01T07:00:00+00:00",
        "2026-11-01T07:30:00+00:00",
      ]);
    });

    it("applies a booking's buffer across the repeated hour in real time", () => {
      // A booking 01:00-02:00 EST (second occurrence) is 06:00Z-07:00Z; with a 30-minute buffer
      // the 01:30 EDT slot (05:30Z-06:00Z) and the 02:00 EST slot (07:00Z) are both too close.
      const slots = getAvailableSlots({
        ...newYork,
        overrides: earlyHours("2026-11-01", "03:00"),
        rules: { ...newYork.rules, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 },
        busy: [busy("2026-11-01T06:00:00Z", "2026-11-01T07:00:00Z")],
        from: "2026-11-01",
        to: "2026-11-01",
        timeZone: "America/New_York",
      });
      expect(startsIn(slots, "America/New_York")).toEqual([
        "2026-11-01T00:00:00-04:00",
        "2026-11-01T00:30:00-04:00",
        "2026-11-01T01:00:00-04:00",
        "2026-11-01T02:30:00-05:00",
      ]);
    });
  });

  describe("performance", () => {
    it("handles 30 days and 1,000 bookings quickly", () => {
      const busyIntervals = Array.from({ length: 1000 }, (_, index) => {
        const start = Date.UTC(2026, 11, 1) + ((index * 7919) % (30 * 96)) * 15 * MINUTE;
        return { start: new Date(start), end: new Date(start + 10 * MINUTE) };
      }).reverse();
      const query = makeSlotQuery({
        coachTimeZone: "Europe/London",
        weekly: ([0, 1, 2, 3, 4, 5, 6] as const).map((weekday) => ({ weekday, start: "00:00", end: "24:00" })),
        rules: { slotIntervalMinutes: 5, bufferBeforeMinutes: 5, bufferAfterMinutes: 5 },
        busy: busyIntervals,
        from: "2026-12-01",
        to: "2026-12-30",
        timeZone: "America/New_York",
      });
      const started = performance.now();
      const slots = getAvailableSlots(query);
      const elapsed = performance.now() - started;
      expect(slots.length).toBeGreaterThan(0);
      expect(elapsed).toBeLessThan(500);
    });
  });

  describe("bad input", () => {
    it.each([
      ["an unknown coach zone", { coachTimeZone: "Mars/Olympus" }],
      ["an unknown viewer zone", { timeZone: "Nowhere" }],
      ["a malformed date", { from: "2026-12-7" }],
      ["an impossible date", { from: "2026-02-30", to: "2026-03-01" }],
      ["from after to", { from: "2026-12-08", to: "2026-12-07" }],
      ["a zero duration", { durationMinutes: 0 }],
      ["a range that ends before it starts", { weekly: [{ weekday: 1, start: "10:00", end: "09:00" }] }],
      ["24:00 as a start", { weekly: [{ weekday: 1, start: "24:00", end: "24:00" }] }],
      ["a bad weekday", { weekly: [{ weekday: 7, start: "09:00", end: "10:00" }] }],
      ["an invalid now", { now: new Date(Number.NaN) }],
      ["an empty busy interval", { busy: [busy("2026-12-07T10:00:00Z", "2026-12-07T10:00:00Z")] }],
    ] as const)("rejects %s", (_, overrides) => {
      expect(() => getAvailableSlots(makeSlotQuery(overrides as never))).toThrow(InvalidSlotQueryError);
    });

    it("rejects a zero slot interval", () => {
      expect(() => getAvailableSlots(makeSlotQuery({ rules: { slotIntervalMinutes: 0 } }))).toThrow(/slotIntervalMinutes/);
    });
  });
});
