import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { MEETING_KINDS, meetingTypes, type IntakeQuestion, type MeetingType } from "@/db/schema";
import { fieldErrorsOf } from "@/lib/crm/contact-input";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/validation";
import { isUniqueViolation, SQLSTATE, sqlState } from "@/db/sql-state";
import { slugify } from "@/lib/content/markdown";
import { withTransaction } from "@/db/transaction";

export function listMeetingTypes(db: Db, coachId: string): Promise<MeetingType[]> {
  return db.select().from(meetingTypes).where(eq(meetingTypes.coachId, coachId)).orderBy(asc(meetingTypes.position), asc(meetingTypes.name));
}

/** "45" or "45.50" (pounds) -> cents; blank or 0 is free. */
function parsePrice(value: string): number | null {
  const v = value.trim().replace(/^£/, "");
  if (v === "") return 0;
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(v)) return null;
  return Math.round(Number(v) * 100);
}

/** One question per line; a line ending in "*" is required. Existing questions keep their kind and options. */
export function parseIntakeQuestions(text: string, existing: IntakeQuestion[] = []): IntakeQuestion[] {
  const used = new Set<string>();
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((line) => {
      const required = line.endsWith("*");
      const label = required ? line.slice(0, -1).trim() : line;
      const same = existing.find((q) => q.label === label);
      let id = same?.id ?? (slugify(label).slice(0, 40) || "question");
      for (let n = 2; used.has(id); n++) id = `${id}-${n}`;
      used.add(id);
      return same ? { ...same, required } : { id, label, kind: "textarea" as const, required };
    });
}

export function formatIntakeQuestions(questions: IntakeQuestion[]): string {
  return questions.map((q) => `${q.label}${q.required ? " *" : ""}`).join("\n");
}

export const meetingTypeSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Name is too long (100 characters at most)"),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter a slug")
    .max(60, "Slug is too long (60 characters at most)")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, like career-review"),
  description: z.string().trim().max(1000, "Description is too long (1,000 characters at most)").default(""),
  kind: z.enum(MEETING_KINDS, "Choose a kind"),
  durationMinutes: z.coerce.number("Enter minutes").int("Use whole minutes").min(5, "At least 5 minutes").max(480, "At most 480 minutes"),
  price: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const cents = parsePrice(v);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "Enter a price like 45 or 45.50, or leave empty for free" });
        return z.NEVER;
      }
      return cents;
    }),
  visibility: z.enum(["public", "clients"], "Choose who can book it"),
  intakeQuestions: z.string().max(5000, "Too many questions").default(""),
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

function toRow(data: z.infer<typeof meetingTypeSchema>, existing: IntakeQuestion[]) {
  const { price, intakeQuestions, ...rest } = data;
  return { ...rest, priceCents: price, intakeQuestions: parseIntakeQuestions(intakeQuestions, existing) };
}

function parse(input: unknown) {
  const parsed = meetingTypeSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

function slugTaken(err: unknown): never {
  if (isUniqueViolation(err)) throw new InvalidInputError({ slug: ["Another meeting type already uses this slug"] });
  throw err;
}

export async function createMeetingType(db: Db, coachId: string, input: unknown): Promise<MeetingType> {
  const data = parse(input);
  const count = (await listMeetingTypes(db, coachId)).length;
  try {
    const [row] = await db.insert(meetingTypes).values({ coachId, position: count, ...toRow(data, []) }).returning();
    return row;
  } catch (err) {
    slugTaken(err);
  }
}

async function getMeetingTypeForCoach(db: Db, coachId: string, id: string): Promise<MeetingType> {
  if (!isUuid(id)) throw new NotFoundError("Meeting type");
  const [row] = await db.select().from(meetingTypes).where(and(eq(meetingTypes.id, id), eq(meetingTypes.coachId, coachId)));
  if (!row) throw new NotFoundError("Meeting type");
  return row;
}

export async function updateMeetingType(db: Db, coachId: string, id: string, input: unknown): Promise<MeetingType> {
  const data = parse(input);
  const existing = await getMeetingTypeForCoach(db, coachId, id);
  try {
    const [row] = await db.update(meetingTypes).set(toRow(data, existing.intakeQuestions)).where(and(eq(meetingTypes.id, existing.id), eq(meetingTypes.coachId, coachId))).returning();
    return row;
  } catch (err) {
    slugTaken(err);
  }
}

/**
 * Deletes a meeting type nobody has booked or bought; one with bookings or packages is
 * deactivated instead (their history keeps pointing at it). Returns what happened.
 */
export async function deleteMeetingType(db: Db, coachId: string, id: string): Promise<"deleted" | "deactivated"> {
  const existing = await getMeetingTypeForCoach(db, coachId, id);
  try {
    await withTransaction(db, async (tx) => {
      await tx.delete(meetingTypes).where(and(eq(meetingTypes.id, existing.id), eq(meetingTypes.coachId, coachId)));
    });
    return "deleted";
  } catch (err) {
    // 23503: foreign key; 23001: restrict (bookings and packages keep their type).
    if (sqlState(err) !== SQLSTATE.foreignKeyViolation && sqlState(err) !== SQLSTATE.restrictViolation) throw err;
    await db.update(meetingTypes).set({ active: false }).where(and(eq(meetingTypes.id, existing.id), eq(meetingTypes.coachId, coachId)));
    return "deactivated";
  }
}
