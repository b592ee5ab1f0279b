import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { findBooking, googleCalendarUrl, manageUrlFor } from "@/lib/booking";
import { clientIp, consumeRateLimit } from "@/lib/security/rate-limit";
import { buttonVariants } from "@/app/_components/ui";
import { readerLocale } from "@/app/_components/reader-locale";
import { formatInZone, formatMeetingTime } from "@/lib/format";

export const metadata: Metadata = { title: "You're booked", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** After booking: the time in the visitor's zone, add-to-calendar, and what happens next. */
export default async function BookingConfirmedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const limit = await consumeRateLimit(db, "manage", [clientIp(await headers())]);
  if (!limit.ok) redirect(`/booking/${token}`);
  const found = await findBooking(db, { token });
  if (!found) notFound();
  const { booking, type, coach, contact } = found;
  if (booking.status === "cancelled") redirect(`/booking/${token}`);
  const tz = booking.inviteeTimezone;
  const locale = await readerLocale();
  const first = coach.displayName.split(" ")[0];
  const google = googleCalendarUrl({
    title: `${type.name} with ${coach.displayName}`,
    start: booking.startsAt,
    end: booking.endsAt,
    details: `To reschedule or cancel: ${manageUrlFor(token)}`,
  });

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-medium text-success">Booking confirmed</p>
        <h1 className="text-3xl font-semibold tracking-tight">You&apos;re booked, {booking.inviteeName.split(" ")[0]}</h1>
      </header>

      <section aria-labelledby="when-h" className="rounded-lg border border-border bg-card p-5">
        <h2 id="when-h" className="text-lg font-semibold">
          {type.name} with {coach.displayName}
        </h2>
        <p className="mt-2 text-lg font-medium">{formatMeetingTime(booking.startsAt, booking.endsAt, tz, locale)}</p>
        {tz !== coach.timezone ? (
          <p className="mt-1 text-sm text-muted-foreground">
            That is {formatInZone(booking.startsAt, coach.timezone, "time", locale)} for {first}, in {coach.timezone}.
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          <a href={`/booking/${token}/ics`} className={buttonVariants()}>
            Download .ics
          </a>
          <a href={google} className={buttonVariants({ variant: "secondary" })} target="_blank" rel="noopener noreferrer">
            Add to Google Calendar<span className="sr-only"> (opens in a new tab)</span>
          </a>
          <Link href={`/booking/${token}`} className={buttonVariants({ variant: "ghost" })}>
            Reschedule or cancel
          </Link>
        </div>
      </section>

      <section aria-labelledby="next-h" className="space-y-3">
        <h2 id="next-h" className="text-xl font-semibold">
          What happens next
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            We have emailed a confirmation to <strong>{contact.email}</strong>, with the calendar invite and your link to reschedule or cancel.
          </li>
          <li>{first} reads your answers before the call, so you can start with what matters to you.</li>
          <li>You get a reminder by email the day before, and another an hour before the start.</li>
          <li>On the call you talk about where you are and where you want to go. If coaching is a fit, {first} follows up with a proposal; if not, you still leave with next steps.</li>
        </ol>
        <p className="text-sm text-muted-foreground">
          Meanwhile, you could read{" "}
          <Link className="text-primary underline" href="/resources">
            articles on building a career
          </Link>
          .
        </p>
      </section>
    </div>
  );
}
