import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { findBooking, getSlotsForType, resolvePickerState } from "@/lib/booking";
import { getLocalDate } from "@/lib/scheduling";
import { clientIp, consumeRateLimit } from "@/lib/security/rate-limit";
import { Badge, buttonVariants } from "@/app/_components/ui";
import { SlotPicker, type SlotOption } from "../../_components/slot-picker";
import { TimeZonePicker } from "../../_components/time-zone-picker";
import { readerLocale } from "@/app/_components/reader-locale";
import { listZoneOptions, zoneLabel } from "@/lib/zones/zone-names";
import { CancelForm, RescheduleForm } from "../../_components/manage-forms";
import { formatInZone, formatMeetingTime } from "@/lib/format";

export const metadata: Metadata = { title: "Your booking", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** The prospect's page from the emailed link: see the booking, move it, or cancel it. */
export default async function ManageBookingPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<SearchParams> }) {
  const { token } = await params;
  const query = await searchParams;
  const db = getDb();
  const limit = await consumeRateLimit(db, "manage", [clientIp(await headers())]);
  if (!limit.ok) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Please wait a moment</h1>
        <p role="alert">This page was opened too many times from your network. Try again in {Math.ceil(limit.retryAfterSeconds / 60)} minutes.</p>
      </div>
    );
  }
  const found = await findBooking(db, { token });
  if (!found) notFound();
  const { booking, type, coach } = found;
  const now = new Date();
  const locale = await readerLocale();
  const done = str(query.done);
  const state = resolvePickerState(
    { month: str(query.month), date: str(query.date), tz: str(query.tz) ?? booking.inviteeTimezone, slot: str(query.slot) },
    { defaultTz: booking.inviteeTimezone, now, windowDays: coach.windowDays, locale },
  );
  const cancelled = booking.status === "cancelled";
  const changeable = booking.status === "confirmed" && booking.startsAt > now;
  const basePath = `/booking/${token}`;

  let picker = null;
  if (changeable) {
    const result = await getSlotsForType(
      db,
      { typeSlug: type.slug, from: state.monthStart, to: state.monthEnd, timezone: state.tz, explain: true, includeClientTypes: true, ignoreBookingId: booking.id },
      now,
    );
    const slotsByDate: Record<string, SlotOption[]> = {};
    for (const slot of result.slots) {
      if (slot.start.getTime() === booking.startsAt.getTime()) continue;
      (slotsByDate[getLocalDate(slot.start, state.tz)] ??= []).push({ start: slot.start.toISOString(), label: formatInZone(slot.start, state.tz, "time", locale) });
    }
    const days = result.days.map((d) => {
      const n = slotsByDate[d.date]?.length ?? 0;
      return { ...d, slotCount: n, reason: n > 0 ? null : (d.reason ?? "fully_booked") };
    });
    const chosen = state.slot ? result.slots.find((s) => s.start.getTime() === state.slot!.getTime() && s.start.getTime() !== booking.startsAt.getTime()) : undefined;
    picker = { days, slotsByDate, chosen };
  }

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Your booking</h1>
        <p className="text-muted-foreground">Hi {booking.inviteeName.split(" ")[0]}, here you can see, move or cancel your call with {coach.displayName}.</p>
      </header>

      {done === "rescheduled" && !cancelled ? (
        <p role="status" className="rounded-md border border-success p-3 text-sm text-success">
          Your call has moved. We have emailed you the new time with an updated invite.
        </p>
      ) : null}
      {done === "cancelled" && cancelled ? (
        <p role="status" className="rounded-md border border-success p-3 text-sm text-success">
          Your booking is cancelled. We have let {coach.displayName.split(" ")[0]} know.
        </p>
      ) : null}

      <section aria-labelledby="summary-h" className="rounded-lg border border-border bg-card p-5">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="summary-h" className="text-lg font-semibold">
            {type.name}
          </h2>
          <Badge tone={cancelled ? "danger" : changeable ? "success" : "neutral"}>{cancelled ? "Cancelled" : changeable ? "Confirmed" : "Past"}</Badge>
        </div>
        <p className={cancelled ? "mt-2 text-muted-foreground line-through" : "mt-2 font-medium"}>{formatMeetingTime(booking.startsAt, booking.endsAt, state.tz, locale)}</p>
        <p className="mt-1 text-sm text-muted-foreground">
          With {coach.displayName}
          {state.tz !== coach.timezone ? ` (${formatInZone(booking.startsAt, coach.timezone, "time", locale)} in ${coach.timezone})` : ""}. {type.durationMinutes} minutes, by video call.
        </p>
        {!cancelled ? (
          <p className="mt-3">
            <a href={`${basePath}/ics`} className="text-sm text-primary underline">
              Download the calendar invite (.ics)
            </a>
          </p>
        ) : null}
      </section>

      {cancelled ? (
        <p>
          <Link href={type.visibility === "public" ? `/book/${type.slug}` : "/portal"} className={buttonVariants()}>
            Book a new time
          </Link>
        </p>
      ) : !changeable ? (
        <p>This call has already taken place, so it can no longer be changed.</p>
      ) : (
        <>
          <section aria-labelledby="reschedule-h" className="space-y-4">
            <h2 id="reschedule-h" className="text-xl font-semibold">
              Reschedule
            </h2>
            <p className="text-sm text-muted-foreground">Pick a new day and time. Your current time stays booked until you confirm the new one.</p>
            <TimeZonePicker
              currentLabel={zoneLabel(state.tz, now, locale)}
              labels={listZoneOptions(now, locale).map((o) => o.label)}
              keep={{ month: state.month }}
              detect={false}
              unknown={state.tzUnknown}
            />
            <SlotPicker state={{ ...state, tzChosen: true }} days={picker!.days} slotsByDate={picker!.slotsByDate} basePath={basePath} keep={{}} coachTz={coach.timezone} coachName={coach.displayName} locale={locale} />
            {state.slot && !picker!.chosen ? (
              <p role="alert" className="text-sm text-warning">
                That time is no longer available. Please choose another one.
              </p>
            ) : null}
            {picker!.chosen ? (
              <div id="details" className="scroll-mt-24">
                <RescheduleForm token={token} start={picker!.chosen.start.toISOString()} tz={state.tz} label={formatMeetingTime(picker!.chosen.start, picker!.chosen.end, state.tz, locale)} />
              </div>
            ) : null}
          </section>

          <section aria-labelledby="cancel-h" className="space-y-4 rounded-lg border border-border bg-card p-5">
            <h2 id="cancel-h" className="text-xl font-semibold">
              Cancel
            </h2>
            <p className="text-sm text-muted-foreground">Can&apos;t make it at all? Cancel, and book again whenever suits you.</p>
            <CancelForm token={token} />
          </section>
        </>
      )}
    </div>
  );
}
