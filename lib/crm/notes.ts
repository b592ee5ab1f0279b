import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { contacts, notes } from "@/db/schema";
import { addActivity } from "./activities";
import { fieldErrorsOf } from "./contact-input";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { getContactForCoach } from "./manage-contacts";
import { withTransaction } from "@/db/transaction";

export const noteBodySchema = z.object({ body: z.string().trim().min(1, "Write something first").max(20_000, "The note is too long (20,000 characters at most)") });

export type Note = typeof notes.$inferSelect;

function parseBody(input: unknown): string {
  const parsed = noteBodySchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  return parsed.data.body;
}

/** Adds a Markdown note to the coach's contact and records it on the timeline. */
export async function addNote(db: Db, opts: { coachId: string; contactId: string; authorUserId: string; body: unknown }): Promise<Note> {
  const body = parseBody({ body: opts.body });
  return withTransaction(db, async (t) => {
    const contact = await getContactForCoach(t, opts.coachId, opts.contactId);
    const [note] = await t.insert(notes).values({ contactId: contact.id, authorUserId: opts.authorUserId, body }).returning();
    await addActivity(t, contact.id, "note_added", "Note added", { noteId: note.id });
    return note;
  });
}

async function findNoteForCoach(db: Db, coachId: string, noteId: string): Promise<Note> {
  if (!isUuid(noteId)) throw new NotFoundError("Note");
  const [row] = await db
    .select({ note: notes })
    .from(notes)
    .innerJoin(contacts, eq(contacts.id, notes.contactId))
    .where(and(eq(notes.id, noteId), eq(contacts.coachId, coachId)));
  if (!row) throw new NotFoundError("Note");
  return row.note;
}

export async function updateNote(db: Db, opts: { coachId: string; noteId: string; body: unknown; now: Date }): Promise<Note> {
  const body = parseBody({ body: opts.body });
  const note = await findNoteForCoach(db, opts.coachId, opts.noteId);
  const [updated] = await db.update(notes).set({ body, updatedAt: opts.now }).where(eq(notes.id, note.id)).returning();
  return updated;
}

export async function deleteNote(db: Db, opts: { coachId: string; noteId: string }): Promise<void> {
  const note = await findNoteForCoach(db, opts.coachId, opts.noteId);
  await db.delete(notes).where(eq(notes.id, note.id));
}
