"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { CalendarFeedState } from "@/app/_components/calendar-feed-form";
import { formValues, type ActionState } from "@/app/_components/forms/action-state";
import { runAction } from "@/app/_components/forms/form-action";
import { requireCoach } from "@/lib/auth/guards";
import { regenerateCalendarFeedToken, calendarFeedUrlFor } from "@/lib/booking";
import { createMeetingType, deleteMeetingType, updateMeetingType } from "@/lib/coaching/meeting-types";
import { deleteOverride, saveBookingRules, saveOverride, saveWeeklyHours, updateProfile } from "@/lib/coaching/settings";
import { getDb } from "@/lib/db";

function refresh() {
  revalidatePath("/coach/settings");
}

export async function saveProfileAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    await updateProfile(getDb(), coach.id, values);
    refresh();
    return "Profile saved";
  });
}

export async function saveBookingRulesAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    await saveBookingRules(getDb(), coach.id, values);
    refresh();
    return "Booking rules saved";
  });
}

export async function saveWeeklyHoursAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    await saveWeeklyHours(getDb(), coach.id, values);
    refresh();
    return "Weekly hours saved";
  });
}

export async function saveOverrideAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    const row = await saveOverride(getDb(), coach.id, values);
    refresh();
    return `Saved the hours for ${row.date}`;
  });
}

export async function deleteOverrideAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach();
  await runAction({}, async () => {
    await deleteOverride(getDb(), coach.id, String(formData.get("overrideId") ?? ""));
    return "Removed";
  });
  refresh();
}

/** A new secret calendar feed URL; the old one stops working at once. */
export async function regenerateCalendarFeedAction(_: CalendarFeedState, _data: FormData): Promise<CalendarFeedState> {
  const { coach } = await requireCoach();
  const token = await regenerateCalendarFeedToken(getDb(), coach.id);
  revalidatePath("/coach");
  refresh();
  return { url: calendarFeedUrlFor(token) };
}

export async function createMeetingTypeAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    const type = await createMeetingType(getDb(), coach.id, values);
    refresh();
    revalidatePath("/coach/settings/meeting-types");
    return `Added “${type.name}”`;
  });
}

export async function updateMeetingTypeAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    const type = await updateMeetingType(getDb(), coach.id, values.id ?? "", values);
    revalidatePath("/coach/settings/meeting-types");
    return `Saved “${type.name}”`;
  });
}

export async function deleteMeetingTypeAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach();
  let outcome = "deleted";
  await runAction({}, async () => {
    outcome = await deleteMeetingType(getDb(), coach.id, String(formData.get("id") ?? ""));
    return outcome;
  });
  revalidatePath("/coach/settings/meeting-types");
  redirect(`/coach/settings/meeting-types?done=${outcome}`);
}
