import { env } from "@/lib/env";

/** The prospect's page to see, reschedule or cancel a booking. */
export function manageUrlFor(token: string): string {
  return `${env().publicUrl}/booking/${token}`;
}

/** The coach's iCalendar feed (subscribe to it from any calendar app). */
export function calendarFeedUrlFor(token: string): string {
  return `${env().publicUrl}/api/calendar/${token}`;
}

function googleDate(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** "Add to Google Calendar" link for a meeting, in UTC so every zone reads it right. */
export function googleCalendarUrl(event: { title: string; start: Date; end: Date; details: string }): string {
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${googleDate(event.start)}/${googleDate(event.end)}`,
    details: event.details,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
