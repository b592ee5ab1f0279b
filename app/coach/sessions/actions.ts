"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, formValues, runForm, type FormState } from "@/app/_components/coach/form-state";
import { requireCoach } from "@/lib/auth/guards";
import { BookingError, bookSlot, cancelBooking, rescheduleBooking } from "@/lib/booking";
import { createActionItemsFromNotes, inviteeTimeZoneFor, markSessionOutcome, NOT_STARTED, NoPlanError, saveSessionNotes, SessionStateError } from "@/lib/coaching/sessions";
import { getContactForCoach } from "@/lib/crm/manageContacts";
import { getDb } from "@/lib/db";

const KNOWN = [BookingError, SessionStateError, NoPlanError];

function refresh(bookingId: string) {
  revalidatePath(`/coach/sessions/${bookingId}`);
  revalidatePath("/coach/sessions");
  revalidatePath("/coach");
}

const OUTCOMES = ["completed", "no_show", "confirmed"] as const;

/** "Mark completed" / "Mark no-show" / "Undo" buttons (plain forms, work without JavaScript). */
export async function markOutcomeAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach();
  const bookingId = String(formData.get("bookingId") ?? "");
  const outcome = OUTCOMES.find((o) => o === formData.get("outcome"));
  if (!outcome) redirect(`/coach/sessions/${bookingId}?error=outcome`);
  const state = await runForm({}, async () => {
    await markSessionOutcome(getDb(), { coachId: coach.id, bookingId, outcome, now: new Date() });
    return "ok";
  }, KNOWN);
  refresh(bookingId);
  redirect(`/coach/sessions/${bookingId}?${state.status === "ok" ? `marked=${outcome}` : `error=${state.message === NOT_STARTED ? "not_started" : "outcome"}`}`);
}

export async function saveSessionNotesAction(_: FormState, formData: FormData): Promise<FormState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runForm(values, async () => {
    await saveSessionNotes(getDb(), { coachId: coach.id, bookingId: values.bookingId ?? "", input: values, now: new Date() });
    refresh(values.bookingId ?? "");
    return "Notes saved";
  });
}

export async function createActionItemsAction(_: FormState, formData: FormData): Promise<FormState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  const lines = formData.getAll("lines").filter((l): l is string => typeof l === "string");
  return runForm(
    values,
    async () => {
      const n = await createActionItemsFromNotes(getDb(), { coachId: coach.id, bookingId: values.bookingId ?? "", input: { lines, owner: values.owner, dueDate: values.dueDate } });
      refresh(values.bookingId ?? "");
      return `${n} action item${n === 1 ? "" : "s"} added to the plan`;
    },
    KNOWN,
  );
}

export async function cancelSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  const state = await runForm(
    values,
    async () => {
      await cancelBooking(getDb(), { bookingId: values.bookingId ?? "", coachId: coach.id, reason: values.reason, actor: "coach", now: new Date() });
      return "Cancelled";
    },
    KNOWN,
  );
  if (state.status !== "ok") return state;
  refresh(values.bookingId ?? "");
  redirect(`/coach/sessions/${values.bookingId}?cancelled=1`);
}

export async function rescheduleSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  if (!values.start) return failed("Choose a new time", values, { start: ["Choose a new time"] });
  let newId = "";
  const state = await runForm(
    values,
    async () => {
      const { booking } = await rescheduleBooking(getDb(), { bookingId: values.bookingId ?? "", coachId: coach.id, newStart: new Date(values.start), actor: "coach", now: new Date() });
      newId = booking.id;
      return "Rescheduled";
    },
    KNOWN,
  );
  if (state.status !== "ok") return state;
  refresh(values.bookingId ?? "");
  redirect(`/coach/sessions/${newId}?rescheduled=1`);
}

/** Books a session for a client, through the same engine and rules as the public booking page. */
export async function bookForClientAction(_: FormState, formData: FormData): Promise<FormState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  if (!values.start) return failed("Choose a time", values, { start: ["Choose a time"] });
  const db = getDb();
  let bookingId = "";
  const state = await runForm(
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
    KNOWN,
  );
  if (state.status !== "ok") return state;
  refresh(bookingId);
  redirect(`/coach/sessions/${bookingId}?booked=1`);
}

