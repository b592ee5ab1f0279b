import type { Metadata } from "next";
import Link from "next/link";
import { addDays, format } from "date-fns";
import { Badge, buttonVariants, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/app/_components/ui";
import { label } from "@/app/_components/plans/label";
import { requireClient } from "@/lib/auth/guards";
import { getSlotsForType, MeetingTypeNotFoundError } from "@/lib/booking";
import { getDb } from "@/lib/db";
import { isIsoDate } from "@/lib/plans";
import { FOLLOW_UP_TYPE } from "@/lib/booking/book-follow-up-session";
import { countClientCredits } from "@/lib/plans/sessions/count-client-credits";
import { listClientSessions, type ClientSession } from "@/lib/plans/sessions/list-client-sessions";
import { todayIn } from "@/lib/plans/rules/today-in";
import { cancelSessionAction } from "../actions";
import { CancelSessionForm } from "./cancel-session-form";
import { SlotPicker, type SlotDay } from "./slot-picker";
import { formatInZone } from "@/lib/format";

export const metadata: Metadata = { title: "My sessions" };

const DAYS_SHOWN = 7;
const DAY_MS = 24 * 3_600_000;

function plusDays(date: string, days: number) {
  return format(addDays(new Date(`${date}T12:00:00Z`), days), "yyyy-MM-dd");
}

export default async function SessionsPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { user, contact } = await requireClient("/portal/sessions");
  const db = getDb();
  const now = new Date();
  const tz = user.timezone;
  const today = todayIn(now, tz);
  const asked = (await searchParams).from;
  const from = asked && isIsoDate(asked) && asked > today && asked <= plusDays(today, 120) ? asked : today;
  const to = plusDays(from, DAYS_SHOWN - 1);

  const [{ upcoming, past }, credits] = await Promise.all([listClientSessions(db, contact.id, now), countClientCredits(db, contact.id)]);
  let days: SlotDay[] = [];
  let bookable = true;
  if (credits > 0) {
    try {
      const { slots } = await getSlotsForType(db, { typeSlug: FOLLOW_UP_TYPE, from, to, timezone: tz, includeClientTypes: true }, now);
      const byDay = new Map<string, SlotDay>();
      for (const slot of slots) {
        const date = todayIn(slot.start, tz);
        const day = byDay.get(date) ?? { date, label: new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: tz }).format(slot.start), slots: [] };
        day.slots.push({ start: slot.start.toISOString(), label: new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: tz }).format(slot.start) });
        byDay.set(date, day);
      }
      days = [...byDay.values()];
    } catch (err) {
      if (!(err instanceof MeetingTypeNotFoundError)) throw err;
      bookable = false;
    }
  }
  const zoneLabel = `${new Intl.DateTimeFormat("en-GB", { timeZone: tz, timeZoneName: "long" }).formatToParts(now).find((p) => p.type === "timeZoneName")?.value ?? tz} (${tz})`;

  const row = (s: ClientSession, upcomingRow: boolean) => (
    <li key={s.id} className="rounded-lg border border-border bg-card p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h3 className="font-semibold">
            <Link href={`/portal/sessions/${s.id}`} className="hover:underline">{s.typeName}</Link>
          </h3>
          <p className="text-sm text-muted-foreground">{formatInZone(s.startsAt, tz, "zoned")}</p>
        </div>
        <Badge tone={s.status === "cancelled" ? "danger" : s.status === "confirmed" ? "success" : "neutral"}>{label(s.status)}</Badge>
      </div>
      {!upcomingRow && s.sharedNotes ? (
        <div className="mt-3 rounded-md bg-muted p-3 text-sm">
          <p className="font-medium">Notes from your coach</p>
          <p className="mt-1 whitespace-pre-line">{s.sharedNotes}</p>
        </div>
      ) : null}
      {upcomingRow && s.status === "confirmed" && s.startsAt > now ? (
        <div className="mt-3">
          <CancelSessionForm action={cancelSessionAction.bind(null, s.id)} label={`Cancel ${s.typeName} on ${formatInZone(s.startsAt, tz, "zoned")}`} lateNotice={s.purchaseId != null && s.startsAt.getTime() - now.getTime() < DAY_MS} />
        </div>
      ) : null}
    </li>
  );

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">My sessions</h1>

      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-xl font-semibold">Upcoming</h2>
        {upcoming.length === 0 ? <p className="text-sm text-muted-foreground">No sessions booked.</p> : <ul className="space-y-3">{upcoming.map((s) => row(s, true))}</ul>}
      </section>

      <Card>
        <CardHeader>
          <CardTitle>Book a follow-up session</CardTitle>
          <p className="text-sm text-muted-foreground">
            You have <strong className="text-foreground" data-testid="credits-left">{credits}</strong> session{credits === 1 ? "" : "s"} left in your package. Booking uses one; cancelling at least 24 hours ahead gives it back.
          </p>
        </CardHeader>
        <CardContent>
          {credits === 0 ? (
            <EmptyState title="No sessions left" action={<Link href="/portal/packages" className={buttonVariants()}>Buy more sessions</Link>}>Buy a package to book your next session.</EmptyState>
          ) : !bookable ? (
            <p className="text-sm text-muted-foreground">Booking is not open right now. Please contact your coach.</p>
          ) : (
            <div className="space-y-4">
              {days.length === 0 ? <p className="text-sm text-muted-foreground">No free times this week.</p> : <SlotPicker days={days} zoneLabel={zoneLabel} />}
              <nav aria-label="Other weeks" className="flex justify-between text-sm">
                {from > today ? <Link href={`/portal/sessions?from=${plusDays(from, -DAYS_SHOWN) > today ? plusDays(from, -DAYS_SHOWN) : today}`} className="text-primary underline">← Earlier times</Link> : <span />}
                <Link href={`/portal/sessions?from=${plusDays(from, DAYS_SHOWN)}`} className="text-primary underline">Later times →</Link>
              </nav>
            </div>
          )}
        </CardContent>
      </Card>

      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-xl font-semibold">Past</h2>
        {past.length === 0 ? <p className="text-sm text-muted-foreground">No past sessions yet.</p> : <ul className="space-y-3">{past.map((s) => row(s, false))}</ul>}
      </section>
    </div>
  );
}
