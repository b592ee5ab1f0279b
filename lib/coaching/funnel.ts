import { and, count, countDistinct, eq, gte, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { activities, bookings, contacts, meetingTypes, packages, purchases } from "@/db/schema";
import { localDayRange } from "@/lib/scheduling";
import { parseCalendarDate, addCalendarDays } from "@/lib/scheduling/calendar-date";

export const FUNNEL_PRESETS = [30, 90, 365] as const;

export type FunnelPeriod = { from: string; to: string; preset: number | null };

/**
 * The period from `?from=YYYY-MM-DD&to=YYYY-MM-DD` or `?days=30|90|365` (default 30 days up to
 * today in the coach's zone). Bad or reversed dates fall back to the default.
 */
export function parseFunnelPeriod(params: { from?: string; to?: string; days?: string }, today: string): FunnelPeriod {
  const { from, to } = params;
  if (from && to && parseCalendarDate(from) && parseCalendarDate(to) && from <= to && addCalendarDays(from, 3660) >= to) {
    return { from, to, preset: null };
  }
  const days = z.coerce.number().pipe(z.union(FUNNEL_PRESETS.map((n) => z.literal(n)))).catch(30).parse(params.days ?? 30);
  return { from: addCalendarDays(today, -(days - 1)), to: today, preset: days };
}

export type Funnel = {
  bookingsBySource: { source: string; count: number }[];
  bookingsTotal: number;
  discoveryCallsHeld: number;
  conversions: number;
  revenue: { currency: string; cents: number }[];
};

/**
 * The coach's funnel over local days [from, to]: bookings made in the period by source (the
 * article or page), discovery calls held (completed), contacts who became clients (a "converted"
 * entry or a stage change to client), and revenue (paid minus refunded).
 */
export async function getFunnel(db: Db, coach: { id: string; timezone: string }, period: { from: string; to: string }): Promise<Funnel> {
  const start = localDayRange(period.from, coach.timezone).start;
  const end = localDayRange(period.to, coach.timezone).end;
  const [bySource, [held], [converted], revenue] = await Promise.all([
    db
      .select({ source: sql<string>`coalesce(nullif(${bookings.source}, ''), 'direct')`, count: count() })
      .from(bookings)
      .where(and(eq(bookings.coachId, coach.id), gte(bookings.createdAt, start), lt(bookings.createdAt, end), sql`${bookings.rescheduledFromId} is null`))
      .groupBy(sql`1`)
      .orderBy(sql`2 desc`, sql`1`),
    db
      .select({ n: count() })
      .from(bookings)
      .innerJoin(meetingTypes, eq(meetingTypes.id, bookings.meetingTypeId))
      .where(and(eq(bookings.coachId, coach.id), eq(meetingTypes.kind, "discovery"), eq(bookings.status, "completed"), gte(bookings.startsAt, start), lt(bookings.startsAt, end))),
    db
      .select({ n: countDistinct(activities.contactId) })
      .from(activities)
      .innerJoin(contacts, eq(contacts.id, activities.contactId))
      .where(
        and(
          eq(contacts.coachId, coach.id),
          gte(activities.createdAt, start),
          lt(activities.createdAt, end),
          sql`(${activities.kind} = 'converted' or (${activities.kind} = 'stage_changed' and ${activities.data}->>'to' = 'client'))`,
        ),
      ),
    db
      .select({ currency: purchases.currency, cents: sql<number>`coalesce(sum(${purchases.amountCents} - ${purchases.refundedCents}), 0)::int` })
      .from(purchases)
      .innerJoin(packages, eq(packages.id, purchases.packageId))
      .where(and(eq(packages.coachId, coach.id), gte(purchases.createdAt, start), lt(purchases.createdAt, end)))
      .groupBy(purchases.currency),
  ]);
  return {
    bookingsBySource: bySource,
    bookingsTotal: bySource.reduce((sum, r) => sum + r.count, 0),
    discoveryCallsHeld: held?.n ?? 0,
    conversions: converted?.n ?? 0,
    revenue,
  };
}
