import { describe, expect, it } from "vitest";
import { monthWeeks, pickerQuery, resolvePickerState, sourceFromReferer } from "@/lib/booking/picker-state";

const now = new Date("2027-03-30T23:30:00Z"); // still 30 March in London, already 31 March in Paris
const opts = { defaultTz: "Europe/London", now, windowDays: 60 };

describe("booking page query", () => {
  it("defaults to the coach's zone and this month", () => {
    const s = resolvePickerState({}, opts);
    expect(s).toMatchObject({ tz: "Europe/London", tzChosen: false, month: "2027-03", monthStart: "2027-03-01", monthEnd: "2027-03-31", prevMonth: null, nextMonth: "2027-04", date: null, slot: null });
  });

  it("takes the visitor's zone, and a bad one falls back", () => {
    expect(resolvePickerState({ tz: "America/New_York" }, opts)).toMatchObject({ tz: "America/New_York", tzChosen: true });
    expect(resolvePickerState({ tz: "<script>" }, opts)).toMatchObject({ tz: "Europe/London", tzChosen: false, tzUnknown: "<script>" });
    expect(resolvePickerState({ tz: "Pacific Time — Los Angeles" }, opts)).toMatchObject({ tz: "America/Los_Angeles", tzChosen: true, tzUnknown: null });
    expect(resolvePickerState({ tz: "kolkata" }, opts)).toMatchObject({ tz: "Asia/Kolkata", tzChosen: true });
    expect(resolvePickerState({ tz: "america/new york" }, opts).tz).toBe("America/New_York");
    expect(resolvePickerState({ tz: " Tokyo " }, opts).tz).toBe("Asia/Tokyo");
    expect(resolvePickerState({ tz: "Asia/Kolkata" }, opts).tz).toBe("Asia/Kolkata");
  });

  it("keeps the month inside the booking window, and a picked day decides the month", () => {
    expect(resolvePickerState({ month: "2026-01" }, opts).month).toBe("2027-03");
    expect(resolvePickerState({ month: "2030-01" }, opts)).toMatchObject({ month: "2027-05", nextMonth: null, prevMonth: "2027-04" });
    expect(resolvePickerState({ month: "2027-03", date: "2027-04-02" }, opts)).toMatchObject({ month: "2027-04", date: "2027-04-02" });
    expect(resolvePickerState({ date: "2027-02-30" }, opts).date).toBeNull();
    // A day already over in the visitor's zone is not picked.
    expect(resolvePickerState({ date: "2027-03-30", tz: "Europe/Paris" }, opts).date).toBeNull();
  });

  it("reads a slot instant, ignoring junk", () => {
    expect(resolvePickerState({ slot: "2027-04-01T09:00:00.000Z" }, opts).slot?.toISOString()).toBe("2027-04-01T09:00:00.000Z");
    expect(resolvePickerState({ slot: "soon" }, opts).slot).toBeNull();
  });

  it("lays out Monday-first weeks", () => {
    const weeks = monthWeeks("2027-03"); // 1 March 2027 is a Monday
    expect(weeks[0][0]).toBe("2027-03-01");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const feb = monthWeeks("2027-02");
    expect(feb[0].slice(0, 1)).toEqual(["2027-02-01"]);
    expect(monthWeeks("2026-11")[0].filter((d) => d === null)).toHaveLength(6); // 1 Nov 2026 is a Sunday
  });

  it("builds query strings without empty values", () => {
    expect(pickerQuery({ tz: "Europe/Paris", date: null, src: "" })).toBe("?tz=Europe%2FParis");
    expect(pickerQuery({})).toBe("");
  });

  it("names the source from the referring page", () => {
    expect(sourceFromReferer("http://localhost:3000/resources/job-vs-career", "localhost:3000")).toBe("job-vs-career");
    expect(sourceFromReferer("http://localhost:3000/", "localhost:3000")).toBe("home");
    expect(sourceFromReferer("http://localhost:3000/book?x=1", "localhost:3000")).toBeUndefined();
    expect(sourceFromReferer("https://news.example.org/post/1", "localhost:3000")).toBe("news.example.org");
    expect(sourceFromReferer("not a url", "localhost:3000")).toBeUndefined();
  });
});
