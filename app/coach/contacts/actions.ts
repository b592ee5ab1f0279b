"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { failed, formValues, ok, type ActionState } from "@/app/_components/forms/action-state";
import { runAction } from "@/app/_components/forms/form-action";
import { requireCoach } from "@/lib/auth/guards";
import { grantCredits, recordOfflinePayment, returnCredit } from "@/lib/billing/credit-adjustments";
import { requireRecentSecondFactor } from "@/lib/auth/two-factor/request";
import { eraseContact } from "@/lib/crm/contact-data";
import { checkImportRows, ImportRejectedError, importContacts, parseContactsCsv, type ExistingChoice } from "@/lib/crm/contacts-csv";
import { convertToClient } from "@/lib/crm/convert-to-client";
import { CONTACT_STAGES, createContact, moveContactStage, updateContact } from "@/lib/crm/manage-contacts";
import { addNote, deleteNote, updateNote } from "@/lib/crm/notes";
import { getDb } from "@/lib/db";
import { isUuid } from "@/lib/validation";
import { env } from "@/lib/env";
import { getLocalDate } from "@/lib/scheduling";

export async function createContactAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  let id = "";
  const state = await runAction(values, async () => {
    id = (await createContact(getDb(), coach.id, values)).id;
    return "Contact created";
  });
  if (state.status !== "ok") return state;
  revalidatePath("/coach/contacts");
  redirect(`/coach/contacts/${id}`);
}

export async function updateContactAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    const contact = await updateContact(getDb(), coach.id, values.contactId ?? "", values, new Date());
    revalidatePath(`/coach/contacts/${contact.id}`);
    return "Details saved";
  });
}

const moveSchema = z.object({ contactId: z.string(), stage: z.enum(CONTACT_STAGES) });

/** The board's "Move to" form: works without JavaScript, returns to the board. */
export async function moveStageAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach();
  const parsed = moveSchema.safeParse(formValues(formData));
  if (!parsed.success) redirect("/coach/contacts/board?error=stage");
  await runAction({}, async () => {
    await moveContactStage(getDb(), coach.id, parsed.data.contactId, parsed.data.stage, new Date());
    return "Moved";
  });
  revalidatePath("/coach/contacts/board");
  const back = formData.get("back");
  redirect(back === "contact" ? `/coach/contacts/${parsed.data.contactId}` : `/coach/contacts/board?moved=${parsed.data.contactId}`);
}

export async function addNoteAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach, user } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    await addNote(getDb(), { coachId: coach.id, contactId: values.contactId ?? "", authorUserId: user.id, body: values.body });
    revalidatePath(`/coach/contacts/${values.contactId}`);
    return "Note added";
  });
}

export async function updateNoteAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    await updateNote(getDb(), { coachId: coach.id, noteId: values.noteId ?? "", body: values.body, now: new Date() });
    revalidatePath(`/coach/contacts/${values.contactId}`);
    return "Note saved";
  });
}

export async function deleteNoteAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  await runAction({}, async () => {
    await deleteNote(getDb(), { coachId: coach.id, noteId: values.noteId ?? "" });
    return "Deleted";
  });
  revalidatePath(`/coach/contacts/${values.contactId}`);
}

export async function convertToClientAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  const e = env();
  const now = new Date();
  const state = await runAction(
    values,
    async () => {
      await convertToClient(getDb(), {
        coachId: coach.id, coachName: coach.displayName, contactId: values.contactId ?? "", startDate: getLocalDate(now, coach.timezone),
        secret: e.authSecret, publicUrl: e.publicUrl, now,
      });
      return "Converted";
    },
  );
  if (state.status !== "ok") return state;
  revalidatePath(`/coach/contacts/${values.contactId}`);
  redirect(`/coach/contacts/${values.contactId}?converted=1`);
}

export async function eraseContactAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { user, coach } = await requireCoach();
  const values = formValues(formData);
  await requireRecentSecondFactor(user.id, isUuid(values.contactId) ? `/coach/contacts/${values.contactId}/erase` : "/coach/contacts", new Date());
  const state = await runAction(values, async () => {
    const { email } = await eraseContact(getDb(), { coachId: coach.id, contactId: values.contactId ?? "", confirmEmail: values.confirmEmail ?? "" });
    return `Erased ${email}`;
  });
  if (state.status !== "ok") return state;
  revalidatePath("/coach/contacts");
  redirect("/coach/contacts?erased=1");
}

// Server actions accept up to 1 MB (Next's default), so a file must fit in that with room to spare.
const MAX_CSV_BYTES = 900_000;

async function csvFrom(formData: FormData): Promise<string | null> {
  const text = formData.get("csv");
  if (typeof text === "string" && text.trim()) return text;
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return file.size > MAX_CSV_BYTES ? null : await file.text();
  return "";
}

const existingChoice = (formData: FormData): ExistingChoice => (formData.get("existing") === "update" ? "update" : "skip");
// The report lists each row; a page of 10,000 rows helps no one, so it stops here and says so.
const REPORT_ROWS = 500;

/** Step 1: reads the file and plans every row (create, update, skip or error); writes nothing. */
export async function previewImportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const csv = await csvFrom(formData);
  const existing = existingChoice(formData);
  if (csv === null) return failed("The file is larger than 900 KB: split it into smaller files.");
  if (!csv) return failed("Choose a CSV file first.", undefined, { file: ["Choose a CSV file"] });
  const { records, fileErrors } = parseContactsCsv(csv);
  if (fileErrors.length) return failed(fileErrors[0], undefined, { file: fileErrors });
  const check = await checkImportRows(getDb(), coach.id, records, existing);
  const count = (o: string) => check.outcomes.filter((r) => r.outcome === o).length;
  const counts = { create: count("create"), update: count("update"), skip: count("skip"), error: check.errors.length };
  return {
    status: check.errors.length ? "error" : "ok",
    message: check.errors.length
      ? `${check.errors.length} of ${check.total} rows have problems. Fix them in the file and preview again: nothing is imported until every row is valid.`
      : `${check.total} rows checked: ${counts.create} new, ${counts.update} to update, ${counts.skip} to skip.`,
    at: Date.now(),
    data: { csv: check.errors.length ? "" : csv, existing, total: check.total, counts, errors: check.errors.slice(0, 200), outcomes: check.outcomes.slice(0, REPORT_ROWS) },
  };
}

/** Step 2: imports the file as planned, checking every row again; reports each row's outcome. */
export async function confirmImportAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach();
  const csv = await csvFrom(formData);
  if (!csv) return failed("Nothing to import: preview a file first.");
  const { records, fileErrors } = parseContactsCsv(csv);
  if (fileErrors.length) return failed(fileErrors[0]);
  try {
    const result = await importContacts(getDb(), coach.id, records, { existing: existingChoice(formData), now: new Date() });
    revalidatePath("/coach/contacts");
    revalidatePath("/coach");
    const { created, updated, skipped } = result;
    return ok(`Import finished: ${created} created, ${updated} updated, ${skipped} skipped.`, { data: { counts: { create: created, update: updated, skip: skipped, error: 0 }, total: records.length, outcomes: result.outcomes.slice(0, REPORT_ROWS) } });
  } catch (err) {
    if (err instanceof ImportRejectedError) return { status: "error", message: err.message, at: Date.now(), data: { errors: err.errors.slice(0, 200), total: records.length, csv: "" } };
    throw err;
  }
}

/** Credits card of the contact page: one action per change, each with the contact it is for. */
async function changeCredits(formData: FormData, work: (who: { coachId: string; contactId: string; now: Date }, values: Record<string, string>) => Promise<string>): Promise<ActionState> {
  const { coach } = await requireCoach();
  const values = formValues(formData);
  return runAction(values, async () => {
    const message = await work({ coachId: coach.id, contactId: values.contactId ?? "", now: new Date() }, values);
    revalidatePath(`/coach/contacts/${values.contactId}`);
    revalidatePath("/coach/payments");
    return message;
  });
}

export async function recordPaymentAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return changeCredits(formData, async (who, values) => {
    const purchase = await recordOfflinePayment(getDb(), who, values);
    return `Payment recorded: ${purchase.sessionsTotal} credit${purchase.sessionsTotal === 1 ? "" : "s"} added`;
  });
}

export async function grantCreditsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return changeCredits(formData, async (who, values) => {
    const purchase = await grantCredits(getDb(), who, values);
    return `${purchase.sessionsTotal} credit${purchase.sessionsTotal === 1 ? "" : "s"} granted`;
  });
}

export async function returnCreditAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return changeCredits(formData, async (who, values) => {
    await returnCredit(getDb(), who, values);
    return "1 credit returned";
  });
}
