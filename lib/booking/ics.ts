import { createEvents, type EventAttributes } from "ics";

export type CalendarEvent = {
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  url?: string;
  status: "CONFIRMED" | "CANCELLED";
  /** Increases with every change of the same event, so calendar apps take the newest. */
  sequence?: number;
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
};

function toAttributes(e: CalendarEvent): EventAttributes {
  return {
    uid: e.uid,
    start: e.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: e.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: e.title,
    description: e.description,
    url: e.url,
    status: e.status,
    sequence: e.sequence ?? 0,
    busyStatus: e.status === "CANCELLED" ? "FREE" : "BUSY",
    organizer: e.organizer,
    attendees: e.attendee ? [{ ...e.attendee, rsvp: false, partstat: "ACCEPTED", role: "REQ-PARTICIPANT" }] : undefined,
  };
}

/** An iCalendar file with the given events (UTC times, so no zone table is needed). */
export function buildIcs(events: CalendarEvent[], opts: { calName?: string } = {}): string {
  const { error, value } = createEvents(events.map(toAttributes), { productId: "-//Ambit//Booking//EN", method: "PUBLISH", calName: opts.calName });
  if (error || value === null) throw error ?? new Error("Could not build the calendar file");
  return value;
}

/** The UID a booking keeps in calendars: stable across emails for the same row. */
export function bookingUid(bookingId: string): string {
  return `booking-${bookingId}@ambit`;
}

/** An .ics file as an outbox attachment. */
export function icsAttachment(events: CalendarEvent[], filename = "invite.ics") {
  return { filename, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: Buffer.from(buildIcs(events), "utf8").toString("base64") };
}
