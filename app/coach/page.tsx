import type { Metadata } from "next";
import { requireCoach } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { calendarFeedUrlFor, regenerateCalendarFeedToken } from "@/lib/booking";
import { CalendarFeedForm, type CalendarFeedState } from "@/app/_components/calendar-feed-form";

async function makeCalendarFeedUrl(_prev: CalendarFeedState, _data: FormData): Promise<CalendarFeedState> {
  "use server";
  const { coach } = await requireCoach("/coach");
  return { url: calendarFeedUrlFor(await regenerateCalendarFeedToken(getDb(), coach.id)) };
}

export const metadata: Metadata = { title: "Coach dashboard" };

export default async function CoachDashboard() {
  const { coach } = await requireCoach("/coach");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome back, {coach.displayName.split(" ")[0]}</h1>
      <p className="text-muted-foreground">Your sessions, new leads and the funnel will appear here.</p>
      <section aria-labelledby="calendar-feed-h" className="max-w-2xl space-y-2 rounded-lg border border-border bg-card p-5">
        <h2 id="calendar-feed-h" className="text-base font-semibold">Calendar feed</h2>
        <p className="text-sm text-muted-foreground">See every booking in your own calendar app through a secret address.</p>
        <CalendarFeedForm action={makeCalendarFeedUrl} hasFeed={Boolean(coach.calendarTokenHash)} />
      </section>
    </div>
  );
}
