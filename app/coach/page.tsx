import type { Metadata } from "next";
import Link from "next/link";
import { CalendarFeedForm } from "@/app/_components/calendar-feed-form";
import { DateTime } from "@/app/_components/coach/date-time";
import { FunnelChart } from "@/app/_components/coach/funnel-chart";
import { StageBadge } from "@/app/_components/coach/stage-badge";
import { Button, buttonVariants, Card, CardContent, CardHeader, CardTitle, EmptyState, Input, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { getNewLeads, getOverdueActionItems, getSessionsAhead, recordDashboardVisit } from "@/lib/coaching/dashboard";
import { FUNNEL_PRESETS, getFunnel, parseFunnelPeriod } from "@/lib/coaching/funnel";
import { getDb } from "@/lib/db";
import { getLocalDate } from "@/lib/scheduling";
import { regenerateCalendarFeedAction } from "./settings/actions";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "Coach dashboard" };

function money(cents: number, currency: string) {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}

export default async function CoachDashboard({ searchParams }: { searchParams: Promise<{ from?: string; to?: string; days?: string }> }) {
  const { coach } = await requireCoach("/coach");
  const db = getDb();
  const now = new Date();
  const tz = coach.timezone;
  const today = getLocalDate(now, tz);
  const period = parseFunnelPeriod(await searchParams, today);
  // Read the previous visit first, then record this one: "new" means new since you last looked.
  const lastVisit = await recordDashboardVisit(db, coach.id, now);
  const [sessions, leads, overdue, funnel] = await Promise.all([
    getSessionsAhead(db, coach, now, 7),
    getNewLeads(db, coach.id, lastVisit, now),
    getOverdueActionItems(db, coach.id, today),
    getFunnel(db, coach, period),
  ]);
  const byDay = new Map<string, typeof sessions>();
  for (const s of sessions) {
    const day = getLocalDate(s.startsAt, tz);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Welcome back, {coach.displayName.split(" ")[0]}</h1>
        <p className="text-sm text-muted-foreground">Times in {tz}.</p>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader><CardTitle>Today and the next 7 days</CardTitle></CardHeader>
          <CardContent>
            {sessions.length === 0 ? (
              <EmptyState title="No sessions booked">Share your booking page to fill your calendar.</EmptyState>
            ) : (
              <div className="space-y-4">
                {[...byDay.entries()].map(([day, list]) => (
                  <section key={day} aria-labelledby={`day-${day}`}>
                    <h3 id={`day-${day}`} className="mb-1 text-sm font-semibold">{day === today ? "Today" : formatCalendarDate(day, "day")}</h3>
                    <ul className="divide-y divide-border rounded-md border border-border text-sm">
                      {list.map((s) => (
                        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                          <span>
                            <span className="font-medium tabular-nums"><DateTime date={s.startsAt} timeZone={tz} format="time" /></span>{" "}
                            <Link href={`/coach/contacts/${s.contactId}`} className="hover:underline">{s.contactName}</Link>
                            <span className="text-muted-foreground"> · {s.typeName}</span>
                          </span>
                          <Link href={`/coach/sessions/${s.id}`} className="text-primary underline">Notes<span className="sr-only"> for {s.contactName}, {s.typeName}</span></Link>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>New leads</CardTitle>
            <p className="text-xs text-muted-foreground">{lastVisit ? <>Since your last visit, <DateTime date={lastVisit} timeZone={tz} /></> : "In the last 7 days"}</p>
          </CardHeader>
          <CardContent>
            {leads.length === 0 ? (
              <p className="text-sm text-muted-foreground">No new leads.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {leads.map((l) => (
                  <li key={l.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span><Link className="font-medium text-primary hover:underline" href={`/coach/contacts/${l.id}`}>{l.name}</Link>{l.source ? <span className="text-muted-foreground"> · {l.source}</span> : null}</span>
                    <StageBadge stage={l.stage} />
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader><CardTitle>Overdue action items</CardTitle></CardHeader>
        <CardContent>
          {overdue.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing overdue.</p>
          ) : (
            <Table>
              <THead><tr><Th>Action</Th><Th>Client</Th><Th className="hidden sm:table-cell">Owner</Th><Th>Due</Th></tr></THead>
              <TBody>
                {overdue.map((a) => (
                  <Tr key={a.id}>
                    <Td>{a.title}</Td>
                    <Td><Link className="text-primary hover:underline" href={`/coach/clients/${a.contactId}/plan`}>{a.contactName}</Link></Td>
                    <Td className="hidden sm:table-cell">{a.owner === "coach" ? "You" : "Client"}</Td>
                    <Td className="whitespace-nowrap text-danger">{formatCalendarDate(a.dueDate, "date")}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Funnel</CardTitle>
          <p className="text-sm text-muted-foreground">{formatCalendarDate(period.from, "date")} to {formatCalendarDate(period.to, "date")}</p>
        </CardHeader>
        <CardContent className="space-y-5">
          <div className="flex flex-wrap items-end gap-3">
            <nav aria-label="Funnel period" className="flex gap-2">
              {FUNNEL_PRESETS.map((d) => (
                <Link key={d} href={`/coach?days=${d}`} aria-current={period.preset === d ? "page" : undefined} className={buttonVariants({ variant: period.preset === d ? "primary" : "secondary", size: "sm" })}>
                  {d} days
                </Link>
              ))}
            </nav>
            <form method="get" action="/coach" className="flex flex-wrap items-end gap-2" aria-label="Custom period">
              <div className="space-y-1"><label htmlFor="funnel-from" className="block text-xs font-medium">From</label><Input id="funnel-from" type="date" name="from" defaultValue={period.from} className="h-8" /></div>
              <div className="space-y-1"><label htmlFor="funnel-to" className="block text-xs font-medium">To</label><Input id="funnel-to" type="date" name="to" defaultValue={period.to} className="h-8" /></div>
              <Button type="submit" size="sm" variant="secondary">Show</Button>
            </form>
          </div>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {[
              { label: "Bookings", value: String(funnel.bookingsTotal) },
              { label: "Discovery calls held", value: String(funnel.discoveryCallsHeld) },
              { label: "New clients", value: String(funnel.conversions) },
              { label: "Revenue", value: funnel.revenue.length ? funnel.revenue.map((r) => money(r.cents, r.currency)).join(" + ") : money(0, "gbp") },
            ].map((m) => (
              <div key={m.label} className="rounded-md border border-border p-3">
                <dt className="text-xs text-muted-foreground">{m.label}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{m.value}</dd>
              </div>
            ))}
          </dl>
          <div className="grid gap-4 lg:grid-cols-2">
            <FunnelChart data={funnel.bookingsBySource} />
            <Table>
              <caption className="sr-only">Bookings by source</caption>
              <THead><tr><Th>Source (article or page)</Th><Th className="text-right">Bookings</Th></tr></THead>
              <TBody>
                {funnel.bookingsBySource.length === 0 ? (
                  <Tr><Td colSpan={2} className="text-muted-foreground">No bookings in this period.</Td></Tr>
                ) : (
                  funnel.bookingsBySource.map((r) => (
                    <Tr key={r.source}><Td className="break-all">{r.source}</Td><Td className="text-right tabular-nums">{r.count}</Td></Tr>
                  ))
                )}
              </TBody>
            </Table>
          </div>
        </CardContent>
      </Card>

      <Card className="max-w-2xl">
        <CardHeader><CardTitle>Calendar feed</CardTitle><p className="text-sm text-muted-foreground">See every booking in your own calendar app through a secret address.</p></CardHeader>
        <CardContent>
          <CalendarFeedForm action={regenerateCalendarFeedAction} hasFeed={Boolean(coach.calendarTokenHash)} />
        </CardContent>
      </Card>
    </div>
  );
}
