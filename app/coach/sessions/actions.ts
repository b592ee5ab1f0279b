"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, formValues, type ActionState } from "@/app/_components/forms/action-state";
import { runAction } from "@/app/_components/forms/form-action";
import { requireCoach } from "@/lib/auth/guards";
import { bookSlot, cancelBooking, rescheduleBooking } from "@/lib/booking";
import { createActionItemsFromNotes, inviteeTimeZoneFor, markSessionOutcome, saveSessionNotes } from "@/lib/coaching/sessions";
import { getContactForCoach } from "@/lib/crm/manage-contacts";
import { getDb } from "@/lib/db";


function refresh(bookingId: string) {
  revalidatePath(`/coach/sessions/${bookingId}`);
  revalidatePath("/coach/sessions");
  revalidatePath("/coach");
}

/** "Mark completed" / "Mark no-show" buttons (plain form, works without JavaScript). */
export async function markOutcomeAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach();
  const bookingId = String(formData.get("bookingId") ?? "");
  const outcome = formData.get("outcome") === "no_show" ? "no_show" : "completed";
  const state = await runAction({}, async () => {
    await markSessionOutcome(getDb(), { coachId: coach.id, bookingId, outcome, now: new Date() });
    return "ok";
  });
  refresh(bookingId);
  redirect(`/coach/sessions/${bookingId}?${state.status === "ok" ? `marked=${outcome}` : "error=outcome"}`);
}

export async function saveSessionNotesAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    await saveSessionNotes(getDb(), { coachId: coach.id, bookingId: values.bookingId ?? "", input: values, now: new Date() });
    refresh(values.bookingId ?? "");
    return "Notes saved";
  });
}

export async function createActionItemsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  const lines = formData.getAll("lines").filter((l): l is string => typeof l === "string");
  return runAction(
    values,
    async () => {
      const n = await createActionItemsFromNotes(getDb(), { coachId: coach.id, bookingId: values.bookingId ?? "", input: { lines, owner: values.owner, dueDate: values.dueDate } });
      refresh(values.bookingId ?? "");
      return `${n} action item${n === 1 ? "" : "s"} added to the plan`;
    },
  );
}

export async function cancelSessionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  const state = await runAction(
    values,
    async () => {
      await cancelBooking(getDb(), { bookingId: values.bookingId ?? "", coachId: coach.id, reason: values.reason, actor: "coach", now: new Date() });
      return "Cancelled";
    },
  );
  if (state.status !== "ok") return state;
  refresh(values.bookingId ?? "");
  redirect(`/coach/sessions/${values.bookingId}?cancelled=1`);
}

export async function rescheduleSessionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  if (!values.start) return failed("Choose a new time", values, { start: ["Choose a new time"] });
  let newId = "";
  const state = await runAction(
    values,
    async () => {
      const { booking } = await rescheduleBooking(getDb(), { bookingId: values.bookingId ?? "", coachId: coach.id, newStart: new Date(values.start), actor: "coach", now: new Date() });
      newId = booking.id;
      return "Rescheduled";
    },
  );
  if (state.status !== "ok") return state;
  refresh(values.bookingId ?? "");
  redirect(`/coach/sessions/${newId}?rescheduled=1`);
}

/** Books a session for a client, through the same engine and rules as the public booking page. */
export async function bookForClientAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  if (!values.start) return failed("Choose a time", values, { start: ["Choose a time"] });
  const db = getDb();
  let bookingId = "";
  const state = await runAction(
    values,
    async () => {
      const contact = await getContactForCoach(db, coach.id, values.contactId ?? "");
      const timezone = await inviteeTimeZoneFor(db, contact, coach.timezone);
      const { booking } = await bookSlot(
        db,
        { typeSlug: values.type ?? "", start: new Date(values.start), name: contact.name, email: contact.email, timezone, contactId: contact.id, useCredit: values.useCredit === "on", source: "coach", actor: "coach" },
        new Date(),
      );
      bookingId = booking.id;
      return "Booked";
    },
  );
  if (state.status !== "ok") return state;
  refresh(bookingId);
  redirect(`/coach/sessions/${bookingId}?booked=1`);
}

