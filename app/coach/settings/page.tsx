import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/forms/action-form";
import { CalendarFeedForm } from "@/app/_components/calendar-feed-form";
import { DateTime } from "@/app/_components/coach/date-time";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { getWeeklyHours, listOverrides, WEEKDAYS } from "@/lib/coaching/settings";
import { previewNextWeekSlots } from "@/lib/coaching/slot-preview";
import { formatTimeRanges } from "@/lib/coaching/time-ranges";
import { listTimeZones } from "@/lib/coaching/time-zones";
import { getDb } from "@/lib/db";
import { getLocalDate } from "@/lib/scheduling";
import {
  deleteOverrideAction,
  regenerateCalendarFeedAction,
  saveBookingRulesAction,
  saveOverrideAction,
  saveProfileAction,
  saveWeeklyHoursAction,
} from "./actions";
import { SettingsNav } from "./settings-nav";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "Settings" };

// Monday first, as people read a week.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export default async function SettingsPage() {
  const { coach } = await requireCoach("/coach/settings");
  const db = getDb();
  const now = new Date();
  const today = getLocalDate(now, coach.timezone);
  const [weekly, overrides, preview] = await Promise.all([getWeeklyHours(db, coach.id), listOverrides(db, coach.id, today), previewNextWeekSlots(db, coach, now)]);
  const zones = listTimeZones().map((z) => ({ value: z, label: z }));

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Settings</h1>
        <SettingsNav current="general" />
      </div>

      <Card>
        <CardHeader><CardTitle>Profile</CardTitle><p className="text-sm text-muted-foreground">Shown on the public about page and in emails.</p></CardHeader>
        <CardContent>
          <ActionForm
            idPrefix="profile"
            action={saveProfileAction}
            submitLabel="Save profile"
            columns={2}
            fields={[
              { name: "displayName", label: "Display name", defaultValue: coach.displayName, required: true, autoComplete: "name" },
              { name: "headline", label: "Headline", defaultValue: coach.headline },
              { name: "bio", label: "Bio", kind: "textarea", defaultValue: coach.bio, rows: 6, wide: true, hint: "Plain text; blank lines start new paragraphs." },
              { name: "photoUrl", label: "Photo URL", kind: "url", defaultValue: coach.photoUrl ?? "", placeholder: "https://…" },
              { name: "timezone", label: "Time zone", kind: "select", defaultValue: coach.timezone, options: zones, hint: "Your hours and the times on your pages use this zone." },
            ]}
          />
        </CardContent>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Weekly hours</CardTitle>
            <p className="text-sm text-muted-foreground">In {coach.timezone}. Several ranges a day, separated by commas, like 09:00-12:30, 13:30-17:00. Leave a day empty to not work that day.</p>
          </CardHeader>
          <CardContent>
            <ActionForm
              idPrefix="hours"
              action={saveWeeklyHoursAction}
              submitLabel="Save weekly hours"
              fields={WEEK_ORDER.map((d) => ({ name: `day-${d}`, label: WEEKDAYS[d], defaultValue: formatTimeRanges(weekly[d]), placeholder: "Not working" }))}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader><CardTitle>Preview: next week</CardTitle>
            {preview ? (
              <p className="text-sm text-muted-foreground">
                What a visitor in {coach.timezone} sees for “{preview.typeName}” ({preview.durationMinutes} min), {formatCalendarDate(preview.from, "date")} to {formatCalendarDate(preview.to, "date")}, with your saved hours, rules and bookings.
              </p>
            ) : null}
          </CardHeader>
          <CardContent>
            {preview ? (
              <ul className="space-y-2 text-sm" aria-label="Slots next week" data-testid="slot-preview">
                {preview.days.map((day) => (
                  <li key={day.date} className="flex flex-col gap-1 border-b border-border pb-2 last:border-0 sm:flex-row sm:gap-3">
                    <span className="w-40 shrink-0 font-medium">{formatCalendarDate(day.date, "day")}</span>
                    <span className="text-muted-foreground" data-testid={`preview-${day.date}`}>
                      {day.slots.length === 0 ? "No slots" : day.slots.map((s) => <span key={s.start.toISOString()} className="mr-2 inline-block"><DateTime date={s.start} timeZone={coach.timezone} format="time" /></span>)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">Add an active meeting type to see a preview.</p>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader><CardTitle>Date overrides</CardTitle><p className="text-sm text-muted-foreground">A day off, or other hours on one date. These replace the weekly hours for that date.</p></CardHeader>
          <CardContent className="space-y-4">
            <ActionForm
              idPrefix="override"
              action={saveOverrideAction}
              submitLabel="Save date"
              resetOnSuccess
              columns={2}
              fields={[
                { name: "date", label: "Date", kind: "date", required: true, min: undefined },
                { name: "mode", label: "That day", kind: "select", options: [{ value: "off", label: "Day off" }, { value: "hours", label: "Other hours" }] },
                { name: "hours", label: "Hours (for other hours)", placeholder: "10:00-14:00" },
                { name: "note", label: "Note (optional)", placeholder: "Conference" },
              ]}
            />
            {overrides.length ? (
              <ul className="divide-y divide-border rounded-md border border-border text-sm" aria-label="Upcoming date overrides">
                {overrides.map((o) => (
                  <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                    <span>
                      <span className="font-medium">{formatCalendarDate(o.date, "date")}</span>: {o.ranges.length ? formatTimeRanges(o.ranges) : "day off"}
                      {o.note ? <span className="text-muted-foreground"> · {o.note}</span> : null}
                    </span>
                    <form action={deleteOverrideAction}>
                      <input type="hidden" name="overrideId" value={o.id} />
                      <SubmitButton variant="ghost" size="sm" pendingLabel="Removing…" aria-label={`Remove the override for ${o.date}`}>Remove</SubmitButton>
                    </form>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">No upcoming overrides.</p>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader><CardTitle>Booking rules</CardTitle></CardHeader>
          <CardContent>
            <ActionForm
              idPrefix="rules"
              action={saveBookingRulesAction}
              submitLabel="Save booking rules"
              columns={2}
              fields={[
                { name: "minNoticeMinutes", label: "Minimum notice (minutes)", kind: "number", defaultValue: String(coach.minNoticeMinutes), min: 0, max: 43200, hint: "0 to 43,200 (30 days)" },
                { name: "slotIntervalMinutes", label: "Slot interval (minutes)", kind: "number", defaultValue: String(coach.slotIntervalMinutes), min: 5, max: 240, hint: "5 to 240" },
                { name: "bufferBeforeMinutes", label: "Buffer before (minutes)", kind: "number", defaultValue: String(coach.bufferBeforeMinutes), min: 0, max: 240, hint: "0 to 240" },
                { name: "bufferAfterMinutes", label: "Buffer after (minutes)", kind: "number", defaultValue: String(coach.bufferAfterMinutes), min: 0, max: 240, hint: "0 to 240" },
                { name: "windowDays", label: "Booking window (days ahead)", kind: "number", defaultValue: String(coach.windowDays), min: 1, max: 365, hint: "1 to 365" },
                { name: "dailyCap", label: "Daily cap (sessions)", kind: "number", defaultValue: coach.dailyCap === null ? "" : String(coach.dailyCap), min: 1, max: 50, hint: "1 to 50; empty for no cap" },
              ]}
            />
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader><CardTitle>Calendar feed</CardTitle><p className="text-sm text-muted-foreground">See every booking in your own calendar app through a secret address.</p></CardHeader>
        <CardContent>
          <CalendarFeedForm action={regenerateCalendarFeedAction} hasFeed={coach.calendarTokenHash !== null} />
        </CardContent>
      </Card>
      <p className="text-sm">
        <Link className="text-primary underline" href="/coach/settings/meeting-types">Manage meeting types</Link>
      </p>
    </div>
  );
}
