"use server";
import { revalidatePath } from "next/cache";
import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireClient } from "@/lib/auth/guards";
import { BookingError, BookingNotFoundError, cancelBooking, SlotUnavailableError } from "@/lib/booking";
import { getDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { addAchievement } from "@/lib/plans/addAchievement";
import { addInterview } from "@/lib/plans/addInterview";
import { bookFollowUpSession } from "@/lib/plans/bookFollowUpSession";
import { createJobApplication } from "@/lib/plans/createJobApplication";
import { createNetworkingContact } from "@/lib/plans/createNetworkingContact";
import { deleteAchievement } from "@/lib/plans/deleteAchievement";
import { deleteInterview } from "@/lib/plans/deleteInterview";
import { deleteJobApplication } from "@/lib/plans/deleteJobApplication";
import { deleteNetworkingContact } from "@/lib/plans/deleteNetworkingContact";
import { PlanForbiddenError, PlanNotFoundError } from "@/lib/plans/errors";
import { formValues, invalidForm, runPlanForm, type PlanFormState } from "@/lib/plans/formState";
import { getClientPlanScope, type PlanScope } from "@/lib/plans/planScope";
import { setActionItemDone } from "@/lib/plans/setActionItemDone";
import { setDigestOptOut } from "@/lib/plans/setDigestOptOut";
import { setLearningItemDone } from "@/lib/plans/setLearningItemDone";
import { updateJobApplication } from "@/lib/plans/updateJobApplication";
import { updateNetworkingContact } from "@/lib/plans/updateNetworkingContact";
import { achievementSchema, interviewSchema, jobApplicationSchema, networkingContactSchema } from "@/lib/plans/validation";

function refresh() {
  revalidatePath("/portal", "layout");
}

/** Guard, parse, then run the service in one transaction on the signed-in client's own plan. */
async function portalForm<S extends z.ZodType>(path: string, formData: FormData, schema: S, work: (db: Db, scope: PlanScope, data: z.output<S>) => Promise<string>): Promise<PlanFormState> {
  const { contact } = await requireClient(path);
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const result = await runPlanForm(values, () =>
    getDb().transaction(async (tx) => {
      const db = tx as unknown as Db;
      return work(db, await getClientPlanScope(db, contact.id), parsed.data);
    }),
  );
  if (result.status === "ok") refresh();
  return result;
}

/** One-click forms: another client's id is a 404, a coach's item a 403; nothing is changed. */
async function portalClick(path: string, work: (db: Db, scope: PlanScope) => Promise<unknown>): Promise<void> {
  const { contact } = await requireClient(path);
  try {
    await getDb().transaction(async (tx) => {
      const db = tx as unknown as Db;
      await work(db, await getClientPlanScope(db, contact.id));
    });
  } catch (err) {
    if (err instanceof PlanNotFoundError) notFound();
    if (err instanceof PlanForbiddenError) forbidden();
    throw err;
  }
  refresh();
}

export async function tickActionItemAction(itemId: string, done: boolean) {
  await portalClick("/portal/actions", (db, scope) => setActionItemDone(db, scope, { itemId, done, now: new Date(), publicUrl: env().publicUrl }));
}

export async function addAchievementAction(_prev: PlanFormState, formData: FormData) {
  return portalForm("/portal/actions", formData, achievementSchema, async (db, scope, data) => {
    await addAchievement(db, scope, data);
    return "Achievement added. Well done!";
  });
}

export async function deleteAchievementAction(achievementId: string) {
  await portalClick("/portal/actions", (db, scope) => deleteAchievement(db, scope, achievementId));
}

export async function setLearningDoneAction(learningId: string, done: boolean) {
  await portalClick("/portal/growth", (db, scope) => setLearningItemDone(db, scope, learningId, done));
}

export async function saveApplicationAction(applicationId: string | null, _prev: PlanFormState, formData: FormData) {
  return portalForm("/portal/job-search", formData, jobApplicationSchema, async (db, scope, data) => {
    if (applicationId) await updateJobApplication(db, scope, applicationId, data);
    else await createJobApplication(db, scope, data);
    return applicationId ? "Application saved" : "Application added";
  });
}

export async function deleteApplicationAction(applicationId: string) {
  await portalClick("/portal/job-search", (db, scope) => deleteJobApplication(db, scope, applicationId));
}

export async function addInterviewAction(applicationId: string, _prev: PlanFormState, formData: FormData) {
  return portalForm("/portal/job-search", formData, interviewSchema, async (db, scope, data) => {
    await addInterview(db, scope, applicationId, data);
    return "Interview added";
  });
}

export async function deleteInterviewAction(interviewId: string) {
  await portalClick("/portal/job-search", (db, scope) => deleteInterview(db, scope, interviewId));
}

export async function saveNetworkingAction(personId: string | null, _prev: PlanFormState, formData: FormData) {
  return portalForm("/portal/job-search", formData, networkingContactSchema, async (db, scope, data) => {
    if (personId) await updateNetworkingContact(db, scope, personId, data);
    else await createNetworkingContact(db, scope, data);
    return personId ? "Contact saved" : "Contact added";
  });
}

export async function deleteNetworkingAction(personId: string) {
  await portalClick("/portal/job-search", (db, scope) => deleteNetworkingContact(db, scope, personId));
}

export async function setDigestAction(optOut: boolean) {
  const { user } = await requireClient("/portal/actions");
  await setDigestOptOut(getDb(), user.id, optOut, new Date());
  refresh();
}

const bookingFormSchema = z.object({ start: z.iso.datetime({ offset: true, error: "Choose one of the times offered" }) });

/** The confirm step of Portal -> Sessions: books the chosen time with one credit, then opens the session. */
export async function bookFollowUpAction(_prev: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const { user, contact } = await requireClient("/portal/sessions");
  const values = formValues(formData);
  const parsed = bookingFormSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  let bookingId: string;
  try {
    const { booking } = await bookFollowUpSession(getDb(), { contactId: contact.id, start: new Date(parsed.data.start), timezone: user.timezone }, new Date());
    bookingId = booking.id;
  } catch (err) {
    if (err instanceof SlotUnavailableError) return { status: "error", message: "That time was just taken. Please choose another.", at: Date.now() };
    if (err instanceof BookingError) return { status: "error", message: err.message, at: Date.now() };
    throw err;
  }
  refresh();
  redirect(`/portal/sessions/${bookingId}?booked=1`);
}

export async function cancelSessionAction(bookingId: string, _prev: PlanFormState, _formData: FormData): Promise<PlanFormState> {
  const { contact } = await requireClient("/portal/sessions");
  let credit: "returned" | "used" | "none";
  try {
    const { booking, creditReturned } = await cancelBooking(getDb(), { bookingId, contactId: contact.id, actor: "client", now: new Date() });
    credit = !booking.purchaseId ? "none" : creditReturned ? "returned" : "used";
  } catch (err) {
    if (err instanceof BookingNotFoundError) notFound();
    if (err instanceof BookingError) return { status: "error", message: err.message, at: Date.now() };
    throw err;
  }
  refresh();
  // The session page says what happened to the credit (the form that asked is gone by then).
  redirect(`/portal/sessions/${bookingId}?cancelled=${credit}`);
}
