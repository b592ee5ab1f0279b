import { describe, expect, it } from "vitest";
import { bookingUid, buildIcs } from "@/lib/booking/ics";
import { googleCalendarUrl } from "@/lib/booking/urls";

const event = {
  uid: bookingUid("7c1f3f7e-0000-4000-8000-000000000001"),
  start: new Date("2027-03-28T00:30:00Z"),
  end: new Date("2027-03-28T01:00:00Z"),
  title: "Free discovery call: Ana, Costa; and Alex",
  description: "Line one\nLine two",
  url: "http://localhost:3000/booking/abc",
  status: "CONFIRMED" as const,
  organizer: { name: "Alex Morgan", email: "coach@example.com" },
  attendee: { name: "Ana Costa", email: "ana@example.com" },
};

describe("booking .ics files", () => {
  it("writes UTC times, so the day of a clock change reads right in every zone", () => {
    const ics = buildIcs([event]);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("METHOD:PUBLISH");
    expect(ics).toContain("DTSTART:20270328T003000Z");
    expect(ics).toContain("DTEND:20270328T010000Z");
    expect(ics).toContain("UID:booking-7c1f3f7e-0000-4000-8000-000000000001@ambit");
    expect(ics).toContain("STATUS:CONFIRMED");
  });

  it("escapes commas, semicolons and new lines in text", () => {
    const ics = buildIcs([event]);
    expect(ics).toContain("SUMMARY:Free discovery call: Ana\\, Costa\\; and Alex");
    expect(ics).toContain("DESCRIPTION:Line one\\nLine two");
  });

  it("marks a cancellation with a higher sequence, for the same UID", () => {
    const ics = buildIcs([{ ...event, status: "CANCELLED", sequence: 1 }]);
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain("SEQUENCE:1");
    expect(ics).toContain(`UID:${event.uid}`);
  });

  it("holds several events in one feed with a calendar name", () => {
    const ics = buildIcs([event, { ...event, uid: "other@ambit" }], { calName: "Alex Morgan: Ambit bookings" });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("X-WR-CALNAME:Alex Morgan: Ambit bookings");
  });

  it("builds a Google Calendar link in UTC", () => {
    const url = new URL(googleCalendarUrl({ title: "Call", start: event.start, end: event.end, details: "Manage: x" }));
    expect(url.hostname).toBe("calendar.google.com");
    expect(url.searchParams.get("dates")).toBe("20270328T003000Z/20270328T010000Z");
    expect(url.searchParams.get("text")).toBe("Call");
  });
});
