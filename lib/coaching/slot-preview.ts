import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingTypes, type Coach } from "@/db/schema";
import { findMeetingType, loadSlotRules } from "@/lib/booking/load-slot-rules";
import { getAvailableSlots, getLocalDate, type Interval } from "@/lib/scheduling";
import { addCalendarDays } from "@/lib/scheduling/calendar-date";
import { mondayOf } from "./sessions";

export type SlotPreview = { typeName: string; durationMinutes: number; from: string; to: string; days: { date: string; slots: Interval[] }[] };

/**
 * The slots a visitor in the coach's own zone would be offered next week (Monday to Sunday) for
 * the discovery call (or the first active meeting type), from the saved settings and bookings.
 */
export async function previewNextWeekSlots(db: Db, coach: Coach, now: Date): Promise<SlotPreview | null> {
  const type =
    (await findMeetingType(db, coach.id, "discovery", { publicOnly: false })) ??
    (await db.select().from(meetingTypes).where(and(eq(meetingTypes.coachId, coach.id), eq(meetingTypes.active, true))).orderBy(asc(meetingTypes.position)).limit(1))[0];
  if (!type) return null;
  const from = addCalendarDays(mondayOf(getLocalDate(now, coach.timezone)), 7);
  const to = addCalendarDays(from, 6);
  const rules = await loadSlotRules(db, coach, type, now);
  const slots = getAvailableSlots({ ...rules, from, to, timeZone: coach.timezone });
  const days = Array.from({ length: 7 }, (_, i) => addCalendarDays(from, i)).map((date) => ({
    date,
    slots: slots.filter((s) => getLocalDate(s.start, coach.timezone) === date),
  }));
  return { typeName: type.name, durationMinutes: type.durationMinutes, from, to, days };
}
