import { and, asc, eq, gte } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { availabilityOverrides, availabilityRules, coaches, users, type Coach, type TimeRange } from "@/db/schema";
import { fieldErrorsOf } from "@/lib/crm/contact-input";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { isTimeZone, isUuid } from "@/lib/validation";
import { parseCalendarDate } from "@/lib/scheduling/calendar-date";
import { parseTimeRanges } from "./time-ranges";
import { withTransaction } from "@/db/transaction";

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label} is too long (${max} characters at most)`).default("");

export const profileSchema = z.object({
  displayName: z.string().trim().min(1, "Enter your name").max(100, "Name is too long (100 characters at most)"),
  headline: optionalText(200, "Headline"),
  bio: optionalText(5000, "Bio"),
  photoUrl: z
    .string()
    .trim()
    .max(500, "The address is too long")
    .default("")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "Use a full web address starting with https://")
    .transform((v) => (v ? v : null)),
  timezone: z.string().refine(isTimeZone, "Choose a time zone from the list"),
});

/** Saves the public profile (name, headline, bio, photo, time zone). Nothing is written on bad input. */
export async function updateProfile(db: Db, coachId: string, input: unknown): Promise<Coach> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  return withTransaction(db, async (tx) => {
    const [coach] = await tx.update(coaches).set(parsed.data).where(eq(coaches.id, coachId)).returning();
    // The coach reads times in their profile's zone everywhere, their account included.
    if (coach) await tx.update(users).set({ timezone: coach.timezone }).where(eq(users.id, coach.userId));
    return coach;
  });
}

const minutes = (label: string, min: number, max: number) =>
  z.coerce
    .number(`${label}: enter a number`)
    .int(`${label}: use whole minutes`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

/** The booking rules, within the database's check ranges. */
export const bookingRulesSchema = z.object({
  minNoticeMinutes: minutes("Minimum notice", 0, 43_200),
  bufferBeforeMinutes: minutes("Buffer before", 0, 240),
  bufferAfterMinutes: minutes("Buffer after", 0, 240),
  windowDays: z.coerce.number("Enter a number of days").int("Use whole days").min(1, "At least 1 day").max(365, "At most 365 days"),
  dailyCap: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    z.coerce.number("Enter a number or leave empty").int("Use a whole number").min(1, "At least 1, or leave empty for no cap").max(50, "At most 50").nullable(),
  ),
  slotIntervalMinutes: minutes("Slot interval", 5, 240),
});

export async function saveBookingRules(db: Db, coachId: string, input: unknown): Promise<Coach> {
  const parsed = bookingRulesSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  const [coach] = await db.update(coaches).set(parsed.data).where(eq(coaches.id, coachId)).returning();
  return coach;
}

/** Weekly hours as the editor shows them: one text per weekday ("day-0".."day-6"). */
export async function getWeeklyHours(db: Db, coachId: string): Promise<TimeRange[][]> {
  const rows = await db.select().from(availabilityRules).where(eq(availabilityRules.coachId, coachId)).orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startTime));
  return WEEKDAYS.map((_, weekday) => rows.filter((r) => r.weekday === weekday).map((r) => ({ start: r.startTime, end: r.endTime })));
}

/**
 * Replaces the weekly hours from `{ "day-0": "09:00-12:00, 13:00-17:00", … }`. Every day is
 * checked first; any problem throws InvalidInputError keyed by day and nothing changes.
 */
export async function saveWeeklyHours(db: Db, coachId: string, input: Record<string, unknown>): Promise<TimeRange[][]> {
  const errors: Record<string, string[]> = {};
  const week = WEEKDAYS.map((_, weekday) => {
    const raw = input[`day-${weekday}`];
    const result = parseTimeRanges(typeof raw === "string" ? raw : "");
    if ("error" in result) {
      errors[`day-${weekday}`] = [result.error];
      return [];
    }
    return result.ranges;
  });
  if (Object.keys(errors).length) throw new InvalidInputError(errors);
  await withTransaction(db, async (t) => {
    await t.delete(availabilityRules).where(eq(availabilityRules.coachId, coachId));
    const rows = week.flatMap((ranges, weekday) => ranges.map((r) => ({ coachId, weekday, startTime: r.start, endTime: r.end })));
    if (rows.length) await t.insert(availabilityRules).values(rows);
  });
  return week;
}

export const overrideSchema = z
  .object({
    date: z.string().refine((v) => parseCalendarDate(v) !== null, "Choose a date"),
    mode: z.enum(["off", "hours"], "Choose a day off or other hours"),
    hours: z.string().default(""),
    note: z.string().trim().max(200, "Note is too long (200 characters at most)").default(""),
  })
  .transform((v, ctx) => {
    if (v.mode === "off") return { date: v.date, ranges: [] as TimeRange[], note: v.note || null };
    const parsed = parseTimeRanges(v.hours);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", path: ["hours"], message: parsed.error });
      return z.NEVER;
    }
    if (parsed.ranges.length === 0) {
      ctx.addIssue({ code: "custom", path: ["hours"], message: "Enter the hours for that day, like 10:00-14:00" });
      return z.NEVER;
    }
    return { date: v.date, ranges: parsed.ranges, note: v.note || null };
  });

/** Sets (or replaces) the hours of one date: a day off, or other hours. */
export async function saveOverride(db: Db, coachId: string, input: unknown) {
  const parsed = overrideSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  const [row] = await db
    .insert(availabilityOverrides)
    .values({ coachId, ...parsed.data })
    .onConflictDoUpdate({ target: [availabilityOverrides.coachId, availabilityOverrides.date], set: { ranges: parsed.data.ranges, note: parsed.data.note } })
    .returning();
  return row;
}

export async function deleteOverride(db: Db, coachId: string, overrideId: string): Promise<void> {
  if (!isUuid(overrideId)) throw new NotFoundError("Date override");
  const deleted = await db
    .delete(availabilityOverrides)
    .where(and(eq(availabilityOverrides.id, overrideId), eq(availabilityOverrides.coachId, coachId)))
    .returning({ id: availabilityOverrides.id });
  if (!deleted.length) throw new NotFoundError("Date override");
}

/** Overrides from `fromDate` (YYYY-MM-DD) on, soonest first. */
export function listOverrides(db: Db, coachId: string, fromDate: string) {
  return db
    .select()
    .from(availabilityOverrides)
    .where(and(eq(availabilityOverrides.coachId, coachId), gte(availabilityOverrides.date, fromDate)))
    .orderBy(asc(availabilityOverrides.date));
}
