import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/app/_components/forms/action-form";
import { ActionItemsForm } from "@/app/_components/coach/action-items-form";
import { DateTime } from "@/app/_components/coach/date-time";
import { SlotPickerForm } from "@/app/_components/coach/slot-picker-form";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { Badge, buttonVariants, Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { getSlotsForType } from "@/lib/booking";
import { splitNoteLines } from "@/lib/coaching/note-lines";
import { getSessionForCoach } from "@/lib/coaching/sessions";
import { groupSlotsByDay } from "@/lib/coaching/slot-days";
import { NotFoundError } from "@/lib/errors";
import { getDb } from "@/lib/db";
import { getLocalDate } from "@/lib/scheduling";
import { addCalendarDays } from "@/lib/scheduling/calendar-date";
import { cancelSessionAction, createActionItemsAction, markOutcomeAction, rescheduleSessionAction, saveSessionNotesAction } from "../actions";
import { formatCalendarDate, formatInZone } from "@/lib/format";

export const metadata: Metadata = { title: "Session" };

const STATUS_LABEL = { confirmed: "Confirmed", completed: "Completed", cancelled: "Cancelled", no_show: "No-show" } as const;
const STATUS_TONE = { confirmed: "accent", completed: "success", cancelled: "neutral", no_show: "danger" } as const;

/** Answers in the order the questions were asked (jsonb does not keep key order). */
function questionOrder(questions: { id: string }[], id: string) {
  const index = questions.findIndex((q) => q.id === id);
  return index === -1 ? questions.length : index;
}

type Params = { reschedule?: string; marked?: string; booked?: string; rescheduled?: string; cancelled?: string; error?: string };

export default async function SessionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Params> }) {
  const { coach } = await requireCoach("/coach/sessions");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const db = getDb();
  const session = await getSessionForCoach(db, coach.id, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { booking, contact, type } = session;
  const tz = coach.timezone;
  const now = new Date();
  const live = booking.status === "confirmed" && booking.startsAt > now;
  const lines = [...new Set([...splitNoteLines(booking.sharedNotes), ...splitNoteLines(booking.privateNotes)])];
  const existing = new Set(session.actionItems.map((a) => a.title));

  let rescheduleDays: { date: string; label: string; slots: { start: string; label: string }[] }[] | null = null;
  if (live && query.reschedule) {
    const today = getLocalDate(now, tz);
    const { slots } = await getSlotsForType(db, { typeSlug: type.slug, from: today, to: addCalendarDays(today, 21), timezone: tz, includeClientTypes: true, ignoreBookingId: booking.id }, now);
    rescheduleDays = groupSlotsByDay(slots, tz).map((d) => ({
      date: d.date,
      label: formatCalendarDate(d.date, "day"),
      slots: d.slots.map((s) => ({ start: s.start.toISOString(), label: formatInZone(s.start, tz, "time") })),
    }));
  }

  return (
    <div className="space-y-6">
      <p className="text-sm"><Link className="text-primary underline" href="/coach/sessions">← Sessions</Link></p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{type.name} with {contact.name}</h1>
          <p className="text-sm text-muted-foreground">
            <DateTime date={booking.startsAt} timeZone={tz} />–<DateTime date={booking.endsAt} timeZone={tz} format="time" zone /> ({tz})
            {booking.inviteeTimezone !== tz ? <> · for them: <DateTime date={booking.startsAt} timeZone={booking.inviteeTimezone} format="time" /> {booking.inviteeTimezone}</> : null}
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={STATUS_TONE[booking.status]} data-testid="session-status">{STATUS_LABEL[booking.status]}</Badge>
            <Link className="text-primary underline" href={`/coach/contacts/${contact.id}`}>Contact page</Link>
            {session.planId ? <Link className="text-primary underline" href={`/coach/clients/${contact.id}/plan`}>Career plan</Link> : null}
          </p>
        </div>
        {booking.status !== "cancelled" ? (
          <div className="flex flex-wrap gap-2">
            {booking.status !== "completed" ? (
              <form action={markOutcomeAction}>
                <input type="hidden" name="bookingId" value={booking.id} />
                <input type="hidden" name="outcome" value="completed" />
                <SubmitButton size="sm" pendingLabel="Saving…">Mark completed</SubmitButton>
              </form>
            ) : null}
            {booking.status !== "no_show" ? (
              <form action={markOutcomeAction}>
                <input type="hidden" name="bookingId" value={booking.id} />
                <input type="hidden" name="outcome" value="no_show" />
                <SubmitButton size="sm" variant="secondary" pendingLabel="Saving…">Mark no-show</SubmitButton>
              </form>
            ) : null}
          </div>
        ) : null}
      </div>
      {query.marked ? <p role="status" className="text-sm text-success">Marked {query.marked === "no_show" ? "as a no-show" : "completed"}.</p> : null}
      {query.booked ? <p role="status" className="text-sm text-success">Booked. The client has been emailed the details.</p> : null}
      {query.rescheduled ? <p role="status" className="text-sm text-success">Moved to the new time. The client has been emailed.</p> : null}
      {query.cancelled ? <p role="status" className="text-sm text-success">Session cancelled; both of you have been emailed.</p> : null}
      {query.error ? <p role="alert" className="text-sm text-danger">That change could not be made.</p> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader><CardTitle>Session notes</CardTitle></CardHeader>
          <CardContent>
            <ActionForm
              idPrefix="notes"
              action={saveSessionNotesAction}
              hidden={{ bookingId: booking.id }}
              submitLabel="Save notes"
              fields={[
                { name: "sharedNotes", label: "Shared with the client", kind: "textarea", rows: 6, defaultValue: booking.sharedNotes, hint: "The client sees this in their portal. One line per point makes it easy to turn into action items." },
                { name: "privateNotes", label: "Private (only you)", kind: "textarea", rows: 5, defaultValue: booking.privateNotes },
              ]}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Turn lines into action items</CardTitle>
            <p className="text-sm text-muted-foreground">{session.planId ? "Chosen lines are added to the client's career plan, linked to this session." : "This contact has no career plan yet: convert them to a client first."}</p>
          </CardHeader>
          <CardContent className="space-y-4">
            {session.planId && lines.length ? (
              <ActionItemsForm action={createActionItemsAction} bookingId={booking.id} lines={lines.filter((l) => !existing.has(l))} />
            ) : session.planId ? (
              <p className="text-sm text-muted-foreground">Save some notes first.</p>
            ) : null}
            {session.actionItems.length ? (
              <section aria-labelledby="items-from-session">
                <h3 id="items-from-session" className="mb-1 text-sm font-semibold">From this session</h3>
                <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="session-action-items">
                  {session.actionItems.map((a) => (
                    <li key={a.id}>{a.title} <span className="text-muted-foreground">({a.owner}{a.dueDate ? `, due ${formatCalendarDate(a.dueDate, "date")}` : ""}{a.doneAt ? ", done" : ""})</span></li>
                  ))}
                </ul>
              </section>
            ) : null}
          </CardContent>
        </Card>

        {Object.keys(booking.intakeAnswers).length ? (
          <Card>
            <CardHeader><CardTitle>Intake answers</CardTitle></CardHeader>
            <CardContent>
              <dl className="space-y-2 text-sm">
                {Object.entries(booking.intakeAnswers)
                  .sort(([a], [b]) => questionOrder(type.intakeQuestions, a) - questionOrder(type.intakeQuestions, b))
                  .map(([k, v]) => (
                  <div key={k}>
                    <dt className="font-medium">{type.intakeQuestions.find((q) => q.id === k)?.label ?? k}</dt>
                    <dd className="whitespace-pre-line text-muted-foreground">{v}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
        ) : null}

        {live ? (
          <Card>
            <CardHeader><CardTitle>Reschedule or cancel</CardTitle><p className="text-sm text-muted-foreground">The client is emailed either way.</p></CardHeader>
            <CardContent className="space-y-6">
              {rescheduleDays ? (
                <section aria-labelledby="reschedule-heading" className="space-y-2">
                  <h3 id="reschedule-heading" className="text-sm font-semibold">Pick a new time ({tz})</h3>
                  <SlotPickerForm idPrefix="reschedule" action={rescheduleSessionAction} hidden={{ bookingId: booking.id }} days={rescheduleDays} submitLabel="Move the session" />
                </section>
              ) : (
                <Link className={buttonVariants({ variant: "secondary", size: "sm" })} href={`/coach/sessions/${booking.id}?reschedule=1`}>Reschedule…</Link>
              )}
              <ActionForm
                idPrefix="cancel"
                action={cancelSessionAction}
                hidden={{ bookingId: booking.id }}
                submitLabel="Cancel the session"
                pendingLabel="Cancelling…"
                submitVariant="danger"
                fields={[{ name: "reason", label: "Reason (sent to the client, optional)", kind: "textarea", rows: 2 }]}
              />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
