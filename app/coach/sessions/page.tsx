import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/app/_components/coach/date-time";
import { Badge, Button, buttonVariants, EmptyState, Select, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { listMeetingTypes } from "@/lib/coaching/meeting-types";
import { BOOKING_STATUSES, getWeekSessions, listSessions, mondayOf, sessionFilterSchema } from "@/lib/coaching/sessions";
import { getDb } from "@/lib/db";
import { getLocalDate } from "@/lib/scheduling";
import { addCalendarDays, parseCalendarDate } from "@/lib/scheduling/calendar-date";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "Sessions" };

const STATUS_TONE = { confirmed: "accent", completed: "success", cancelled: "neutral", no_show: "danger" } as const;
const STATUS_LABEL = { confirmed: "Confirmed", completed: "Completed", cancelled: "Cancelled", no_show: "No-show" } as const;

type Params = { when?: string; type?: string; status?: string; week?: string; view?: string };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { coach } = await requireCoach("/coach/sessions");
  const params = await searchParams;
  const db = getDb();
  const now = new Date();
  const tz = coach.timezone;
  const weekView = params.view === "week" || params.week !== undefined;
  const tabs = (
    <nav aria-label="Session views" className="flex flex-wrap gap-2">
      {[
        { key: "upcoming", href: "/coach/sessions", label: "Upcoming" },
        { key: "past", href: "/coach/sessions?when=past", label: "Past" },
        { key: "week", href: "/coach/sessions?view=week", label: "Week" },
      ].map((t) => {
        const current = weekView ? t.key === "week" : t.key === (params.when === "past" ? "past" : "upcoming");
        return <Link key={t.key} href={t.href} aria-current={current ? "page" : undefined} className={buttonVariants({ variant: current ? "primary" : "secondary", size: "sm" })}>{t.label}</Link>;
      })}
    </nav>
  );

  if (weekView) {
    const today = getLocalDate(now, tz);
    const monday = mondayOf(params.week && parseCalendarDate(params.week) ? params.week : today);
    const days = await getWeekSessions(db, coach, monday);
    return (
      <div className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-semibold">Week of {formatCalendarDate(monday, "day")}</h1>
          {tabs}
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Link className="text-primary underline" href={`/coach/sessions?week=${addCalendarDays(monday, -7)}`}>← Previous week</Link>
          <Link className="text-primary underline" href={`/coach/sessions?week=${mondayOf(today)}`}>This week</Link>
          <Link className="text-primary underline" href={`/coach/sessions?week=${addCalendarDays(monday, 7)}`}>Next week →</Link>
          <span className="text-muted-foreground">Times in {tz}</span>
        </div>
        <ol className="grid gap-3 md:grid-cols-7" aria-label="Days of the week">
          {days.map((day) => (
            <li key={day.date} className={`min-h-32 rounded-lg border bg-card p-2 ${day.date === today ? "border-primary" : "border-border"}`}>
              <h2 className="mb-2 text-sm font-semibold">{formatCalendarDate(day.date, "date")}</h2>
              {day.sessions.length === 0 ? (
                <p className="text-xs text-muted-foreground">Free</p>
              ) : (
                <ul className="space-y-2">
                  {day.sessions.map((s) => (
                    <li key={s.id}>
                      <Link href={`/coach/sessions/${s.id}`} className="block rounded-md bg-accent px-2 py-1 text-xs text-accent-foreground hover:underline">
                        <span className="font-semibold"><DateTime date={s.startsAt} timeZone={tz} format="time" />–<DateTime date={s.endsAt} timeZone={tz} format="time" /></span>
                        <span className="block">{s.contactName}</span>
                        <span className="block opacity-90">{s.typeName}{s.status !== "confirmed" ? ` · ${STATUS_LABEL[s.status]}` : ""}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </div>
    );
  }

  const filter = sessionFilterSchema.parse({ when: params.when, type: params.type || undefined, status: params.status || undefined });
  const [sessions, types] = await Promise.all([listSessions(db, coach.id, filter, now), listMeetingTypes(db, coach.id)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">{filter.when === "past" ? "Past sessions" : "Upcoming sessions"}</h1>
        {tabs}
      </div>
      <form method="get" action="/coach/sessions" aria-label="Filter sessions" className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-4">
        <input type="hidden" name="when" value={filter.when} />
        <div className="space-y-1.5">
          <label htmlFor="filter-type" className="block text-sm font-medium">Type</label>
          <Select id="filter-type" name="type" defaultValue={filter.type ?? ""}>
            <option value="">All types</option>
            {types.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </Select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="filter-status" className="block text-sm font-medium">Status</label>
          <Select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">All statuses</option>
            {BOOKING_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
          </Select>
        </div>
        <Button type="submit">Filter</Button>
      </form>
      {sessions.length === 0 ? (
        <EmptyState title="No sessions">Nothing matches these filters.</EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Sessions, times in {tz}</caption>
          <THead><tr><Th>When ({tz})</Th><Th>Client</Th><Th>Type</Th><Th>Status</Th></tr></THead>
          <TBody>
            {sessions.map((s) => (
              <Tr key={s.id}>
                <Td className="whitespace-nowrap"><Link href={`/coach/sessions/${s.id}`} className="text-primary hover:underline"><DateTime date={s.startsAt} timeZone={tz} /></Link></Td>
                <Td><Link href={`/coach/contacts/${s.contactId}`} className="hover:underline">{s.contactName}</Link></Td>
                <Td>{s.typeName}</Td>
                <Td><Badge tone={STATUS_TONE[s.status]}>{STATUS_LABEL[s.status]}</Badge></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
