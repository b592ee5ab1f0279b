"use server";
import { AppError } from "@/lib/errors";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import {
  bookingFormSchema,
  bookSlot,
  getSlotsForType,
  intakeAnswersSchema,
  listPublicMeetingTypes,
  SlotUnavailableError,
} from "@/lib/booking";
import { getLocalDate } from "@/lib/scheduling";
import { clientIp, consumeRateLimit } from "@/lib/security/rate-limit";
import { formatInZone } from "@/lib/format";

export type BookFormState = {
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  slotTaken?: boolean;
  alternatives?: { start: string; label: string; day: string }[];
};

function firstErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/** The booking page's form: validate, book in one transaction, then show the confirmation. */
export async function bookFromPage(_prev: BookFormState, formData: FormData): Promise<BookFormState> {
  const raw = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")).map(([k, v]) => [k, String(v)]));
  const values = { ...raw, consent: raw.consent ?? "" };
  const db = getDb();
  const now = new Date();

  const practice = await listPublicMeetingTypes(db);
  const type = practice?.types.find((t) => t.slug === raw.type);
  if (!practice || !type) return { formError: "This kind of call can't be booked any more. Please start again from the booking page.", values };

  const base = bookingFormSchema.safeParse(raw);
  const answers = intakeAnswersSchema(type.intakeQuestions, { requireAll: true }).safeParse(raw);
  if (!base.success || !answers.success) {
    const fieldErrors = { ...(base.success ? {} : firstErrors(base.error)), ...(answers.success ? {} : firstErrors(answers.error)) };
    if (fieldErrors.website) return { formError: "We could not take this booking.", values };
    return { fieldErrors, formError: "Please check the highlighted fields.", values };
  }
  const form = base.data;

  const limit = await consumeRateLimit(db, "booking", [clientIp(await headers()), form.email]);
  if (!limit.ok) return { formError: `Too many attempts. Please wait ${Math.ceil(limit.retryAfterSeconds / 60)} minutes and try again.`, values };

  let token: string;
  try {
    const result = await bookSlot(
      db,
      { typeSlug: type.slug, start: form.start, name: form.name, email: form.email, timezone: form.tz, answers: answers.data, source: form.src ?? null, actor: "invitee" },
      now,
    );
    token = result.manageToken;
  } catch (err) {
    if (err instanceof SlotUnavailableError) {
      const from = getLocalDate(form.start, form.tz);
      const to = getLocalDate(form.start.getTime() + 6 * 86_400_000, form.tz);
      const { slots } = await getSlotsForType(db, { typeSlug: type.slug, from: from < getLocalDate(now, form.tz) ? getLocalDate(now, form.tz) : from, to, timezone: form.tz }, now);
      const dayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: form.tz, weekday: "short", day: "numeric", month: "short" });
      return {
        slotTaken: true,
        formError: "Sorry, someone has just booked that time. Your answers are kept: choose another time below and confirm again.",
        values: { ...values, start: "" },
        alternatives: slots.slice(0, 9).map((s) => ({ start: s.start.toISOString(), label: formatInZone(s.start, form.tz, "time"), day: dayFormat.format(s.start) })),
      };
    }
    if (err instanceof AppError) return { formError: err.message, values };
    throw err;
  }
  redirect(`/booking/${token}/confirmed`);
}
