"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireClient } from "@/lib/auth/guards";
import { cancelBooking, SlotUnavailableError } from "@/lib/booking";
import { failed, ok, type ActionState } from "@/app/_components/forms/action-state";
import { parseForm, runAction, runClick } from "@/app/_components/forms/form-action";
import { getDb, withTransaction, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { addAchievement } from "@/lib/plans/growth/add-achievement";
import { addInterview } from "@/lib/plans/job-search/add-interview";
import { bookFollowUpSession } from "@/lib/booking/book-follow-up-session";
import { createJobApplication } from "@/lib/plans/job-search/create-job-application";
import { createNetworkingContact } from "@/lib/plans/job-search/create-networking-contact";
import { deleteAchievement } from "@/lib/plans/growth/delete-achievement";
import { deleteInterview } from "@/lib/plans/job-search/delete-interview";
import { deleteJobApplication } from "@/lib/plans/job-search/delete-job-application";
import { deleteNetworkingContact } from "@/lib/plans/job-search/delete-networking-contact";
import { AppError } from "@/lib/errors";
import { getClientPlanScope, type PlanScope } from "@/lib/plans/plan/plan-scope";
import { setActionItemDone } from "@/lib/plans/action-items/set-action-item-done";
import { setDigestOptOut } from "@/lib/plans/digest/set-digest-opt-out";
import { setLearningItemDone } from "@/lib/plans/growth/set-learning-item-done";
import { updateJobApplication } from "@/lib/plans/job-search/update-job-application";
import { updateNetworkingContact } from "@/lib/plans/job-search/update-networking-contact";
import { achievementSchema, interviewSchema, jobApplicationSchema, networkingContactSchema } from "@/lib/plans/rules/validation";

function refresh() {
  revalidatePath("/portal", "layout");
}

/** Guard, parse, then run the service in one transaction on the signed-in client's own plan. */
async function portalForm<S extends z.ZodType>(path: string, formData: FormData, schema: S, work: (db: Db, scope: PlanScope, data: z.output<S>) => Promise<string>): Promise<ActionState> {
  const { contact } = await requireClient(path);
  const parsed = parseForm(formData, schema);
  if (!parsed.ok) return parsed.state;
  const result = await runAction(parsed.values, () => withTransaction(getDb(), async (db) => work(db, await getClientPlanScope(db, contact.id), parsed.data)));
  if (result.status === "ok") refresh();
  return result;
}

/** One-click forms: another client's id is a 404, a coach's item a 403; nothing is changed. */
async function portalClick(path: string, work: (db: Db, scope: PlanScope) => Promise<unknown>): Promise<void> {
  const { contact } = await requireClient(path);
  await runClick(() => withTransaction(getDb(), async (db) => work(db, await getClientPlanScope(db, contact.id))));
  refresh();
}

export async function tickActionItemAction(itemId: string, done: boolean) {
  await portalClick("/portal/actions", (db, scope) => setActionItemDone(db, scope, { itemId, done, now: new Date(), publicUrl: env().publicUrl }));
}

export async function addAchievementAction(_prev: ActionState, formData: FormData) {
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

export async function saveApplicationAction(applicationId: string | null, _prev: ActionState, formData: FormData) {
  return portalForm("/portal/job-search", formData, jobApplicationSchema, async (db, scope, data) => {
    if (applicationId) await updateJobApplication(db, scope, applicationId, data);
    else await createJobApplication(db, scope, data);
    return applicationId ? "Application saved" : "Application added";
  });
}

export async function deleteApplicationAction(applicationId: string) {
  await portalClick("/portal/job-search", (db, scope) => deleteJobApplication(db, scope, applicationId));
}

export async function addInterviewAction(applicationId: string, _prev: ActionState, formData: FormData) {
  return portalForm("/portal/job-search", formData, interviewSchema, async (db, scope, data) => {
    await addInterview(db, scope, applicationId, data);
    return "Interview added";
  });
}

export async function deleteInterviewAction(interviewId: string) {
  await portalClick("/portal/job-search", (db, scope) => deleteInterview(db, scope, interviewId));
}

export async function saveNetworkingAction(personId: string | null, _prev: ActionState, formData: FormData) {
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

export async function bookFollowUpAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { user, contact } = await requireClient("/portal/sessions");
  const parsed = parseForm(formData, bookingFormSchema);
  if (!parsed.ok) return parsed.state;
  try {
    await bookFollowUpSession(getDb(), { contactId: contact.id, start: new Date(parsed.data.start), timezone: user.timezone }, new Date());
  } catch (err) {
    if (err instanceof SlotUnavailableError) return failed("That time was just taken. Please choose another.");
    if (err instanceof AppError) return failed(err.message);
    throw err;
  }
  refresh();
  return ok("Your session is booked. A confirmation with a calendar invite is on its way.");
}

export async function cancelSessionAction(bookingId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const { contact } = await requireClient("/portal/sessions");
  const result = await runAction({}, async () => {
    const { creditReturned } = await cancelBooking(getDb(), { bookingId, contactId: contact.id, actor: "client", now: new Date() });
    return creditReturned ? "Session cancelled. The credit is back in your package." : "Session cancelled. It was less than 24 hours away, so the credit was used.";
  });
  if (result.status === "ok") refresh();
  return result;
}
