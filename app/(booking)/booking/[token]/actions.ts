"use server";
import { AppError } from "@/lib/errors";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { cancelBooking, manageActionSchema, rescheduleBooking, SlotUnavailableError } from "@/lib/booking";
import { clientIp, consumeRateLimit } from "@/lib/security/rate-limit";

export type ManageFormState = { formError?: string; reason?: string };

async function limited(): Promise<string | null> {
  const limit = await consumeRateLimit(getDb(), "manage", [clientIp(await headers())]);
  return limit.ok ? null : `Too many attempts. Please wait ${Math.ceil(limit.retryAfterSeconds / 60)} minutes and try again.`;
}

/** Moves the booking behind the manage link to the picked time. */
export async function rescheduleFromLink(_prev: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = manageActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success || !parsed.data.start) return { formError: "Please choose a new time above." };
  const tooMany = await limited();
  if (tooMany) return { formError: tooMany };
  const { token, start, tz } = parsed.data;
  try {
    await rescheduleBooking(getDb(), { token, newStart: start, timezone: tz, actor: "invitee", now: new Date() });
  } catch (err) {
    if (err instanceof SlotUnavailableError) return { formError: "Sorry, that time was just taken. Please choose another time above." };
    if (err instanceof AppError) return { formError: err.message };
    throw err;
  }
  redirect(`/booking/${token}?done=rescheduled`);
}

/** Cancels the booking behind the manage link. */
export async function cancelFromLink(_prev: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = manageActionSchema.safeParse(Object.fromEntries(formData));
  const reason = String(formData.get("reason") ?? "");
  if (!parsed.success) return { formError: parsed.error.issues[0]?.message ?? "Please check the form.", reason };
  const tooMany = await limited();
  if (tooMany) return { formError: tooMany, reason };
  try {
    await cancelBooking(getDb(), { token: parsed.data.token, reason: parsed.data.reason, actor: "invitee", now: new Date() });
  } catch (err) {
    if (err instanceof AppError) return { formError: err.message, reason };
    throw err;
  }
  redirect(`/booking/${parsed.data.token}?done=cancelled`);
}
