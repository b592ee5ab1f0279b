import { z } from "zod";
import type { IntakeQuestion } from "@/db/schema";
import { emailAddress, isIsoDate, oneLineText, plainText, timeZone } from "@/lib/validation";

export { emailAddress, plainText };

export const MAX_RANGE_DAYS = 62;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use a meeting type slug such as discovery").max(64);

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD")
  .refine(isIsoDate, "That date does not exist")
  // Far-off years are never bookable, and the last representable days overflow date arithmetic.
  .refine((d) => d >= "1970-01-01" && d <= "2999-12-31", "Use a date between 1970 and 2999");

export const timeZoneName = timeZone();

// A name reaches email subjects and calendar invites: one line, no tabs or line breaks.
export const personName = oneLineText(120, "Write your name on one line").pipe(z.string().min(1, "Enter your name"));

/** Where a visitor came from: an article slug or a page path, as a short label. */
export const sourceLabel = plainText(120).transform((s) => s || undefined);

const answerMap = z
  .record(z.string().max(64), plainText(2000))
  .refine((m) => Object.keys(m).length <= 20, "Too many answers");

/** GET /api/availability query. */
export const availabilityQuerySchema = z
  .object({
    type: slug,
    from: calendarDate,
    to: calendarDate,
    tz: timeZoneName,
  })
  .superRefine((q, ctx) => {
    if (!isIsoDate(q.from) || !isIsoDate(q.to)) return;
    const days = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["to"], message: "`to` must not be before `from`" });
    else if (days > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `Ask for at most ${MAX_RANGE_DAYS} days at a time` });
  });

/** POST /api/bookings body. `answers` may be left out through the API. */
export const bookingRequestSchema = z.object({
  type: slug,
  start: z.iso
    .datetime({ offset: true, message: "Use an ISO-8601 date-time with an offset, e.g. 2026-12-01T10:00:00+01:00" })
    .transform((s) => new Date(s))
    .refine((d) => !Number.isNaN(d.getTime()), "That date-time does not exist"),
  name: personName,
  email: emailAddress,
  timezone: timeZoneName,
  answers: answerMap.optional(),
  source: sourceLabel.optional(),
});
export type BookingRequest = z.infer<typeof bookingRequestSchema>;

/**
 * Answers to a meeting type's intake questions. With `requireAll` (the booking page) every
 * required question must be answered; through the API answers are optional, but any given must
 * fit its question. Unknown keys are dropped.
 */
export function intakeAnswersSchema(questions: IntakeQuestion[], opts: { requireAll: boolean }) {
  const shape: Record<string, z.ZodType<string | undefined>> = {};
  for (const q of questions) {
    let field: z.ZodString;
    if (q.kind === "select" && q.options?.length) {
      const options = q.options;
      field = z.string().refine((v) => options.includes(v), "Choose one of the options");
    } else {
      field = plainText(q.kind === "textarea" ? 2000 : 300);
    }
    const needed = opts.requireAll && q.required;
    shape[q.id] = needed
      ? z.string({ error: "Please answer this question" }).trim().min(1, "Please answer this question").pipe(field)
      : z.preprocess((v) => (v === "" ? undefined : v), field.optional());
  }
  return z.object(shape).transform((answers) => Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string>);
}

/** The booking page's form, beside the intake answers. */
export const bookingFormSchema = z.object({
  type: slug,
  start: z.iso.datetime({ offset: true, message: "Choose a time" }).transform((s) => new Date(s)),
  tz: timeZoneName,
  name: personName,
  email: emailAddress,
  consent: z.literal("on", { error: "Please agree so we can store your details for this call" }),
  src: sourceLabel.optional(),
  // Honeypot: hidden from people; anything in it means a bot.
  website: z.string().max(0).optional(),
});

/** The manage page's forms (reschedule: a new start; cancel: an optional reason). */
export const manageActionSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid"),
  start: z.iso
    .datetime({ offset: true })
    .transform((s) => new Date(s))
    .optional(),
  tz: timeZoneName.optional(),
  reason: plainText(1000).optional(),
});
