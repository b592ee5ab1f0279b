import { AppError } from "@/lib/errors";
import Papa from "papaparse";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, contacts } from "@/db/schema";
import { contactInputSchema, type ContactInput } from "./contact-input";
import { withTransaction } from "@/db/transaction";

export const CSV_COLUMNS = ["name", "email", "phone", "stage", "tags", "source"] as const;
export const MAX_IMPORT_ROWS = 10_000;

export type ImportRowError = { row: number; email: string; messages: string[] };
export type ImportCheck = { rows: ContactInput[]; errors: ImportRowError[]; total: number };

export class ImportRejectedError extends AppError {
  constructor(public readonly errors: ImportRowError[]) {
    super("invalid_input", `${errors.length} row${errors.length === 1 ? "" : "s"} cannot be imported; nothing was imported`);
  }
}

/** Parses CSV text with a header row; headers are matched case-insensitively ("E-mail" too). */
export function parseContactsCsv(text: string): { records: Record<string, string>[]; fileErrors: string[] } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase().replace(/[^a-z]/g, "").replace(/^mail$/, "email").replace(/^fullname$/, "name"),
  });
  const fileErrors = result.errors.filter((e) => e.type !== "FieldMismatch").slice(0, 5).map((e) => `Row ${(e.row ?? 0) + 2}: ${e.message}`);
  const fields = result.meta.fields ?? [];
  if (!fields.includes("email") || !fields.includes("name")) fileErrors.unshift("The first row must name the columns, including name and email.");
  return { records: result.data, fileErrors };
}

/**
 * Checks every record (row numbers count the header as row 1) against the contact rules, the
 * other rows of the file, and the coach's existing contacts. Pure but for the lookup of emails.
 */
export async function checkImportRows(db: Db, coachId: string, records: Record<string, string>[]): Promise<ImportCheck> {
  const errors: ImportRowError[] = [];
  const rows: ContactInput[] = [];
  if (records.length > MAX_IMPORT_ROWS) {
    return { rows: [], total: records.length, errors: [{ row: 0, email: "", messages: [`A file can hold at most ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} contacts`] }] };
  }
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    const parsed = contactInputSchema.safeParse({
      name: record.name ?? "",
      email: record.email ?? "",
      phone: record.phone || undefined,
      stage: record.stage ? record.stage.trim().toLowerCase().replace(/\s+/g, "_") : undefined,
      tags: record.tags ?? "",
      source: record.source || undefined,
    });
    const email = (record.email ?? "").trim().toLowerCase();
    if (!parsed.success) {
      errors.push({ row: rowNumber, email, messages: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`) });
      return;
    }
    const earlier = seen.get(parsed.data.email);
    if (earlier) {
      errors.push({ row: rowNumber, email, messages: [`email: the same address is on row ${earlier}`] });
      return;
    }
    seen.set(parsed.data.email, rowNumber);
    rows.push(parsed.data);
  });

  const emails = rows.map((r) => r.email);
  for (let i = 0; i < emails.length; i += 1000) {
    const chunk = emails.slice(i, i + 1000);
    const existing = await db.select({ email: contacts.email }).from(contacts).where(and(eq(contacts.coachId, coachId), inArray(contacts.email, chunk)));
    for (const { email } of existing) errors.push({ row: seen.get(email)!, email, messages: ["email: already one of your contacts"] });
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors, total: records.length };
}

/**
 * Imports every row or none: validates again (never trust a preview), then inserts all contacts
 * and their "created" timeline entries in one transaction. Throws ImportRejectedError listing
 * each bad row. Returns the number imported.
 */
export async function importContacts(db: Db, coachId: string, records: Record<string, string>[]): Promise<number> {
  return withTransaction(db, async (t) => {
    const check = await checkImportRows(t, coachId, records);
    if (check.errors.length > 0) throw new ImportRejectedError(check.errors);
    if (check.rows.length === 0) throw new ImportRejectedError([{ row: 0, email: "", messages: ["The file has no contacts"] }]);
    for (let i = 0; i < check.rows.length; i += 500) {
      const chunk = check.rows.slice(i, i + 500);
      const inserted = await t
        .insert(contacts)
        .values(chunk.map((r) => ({ coachId, name: r.name, email: r.email, phone: r.phone, stage: r.stage, tags: r.tags, source: r.source ?? "import" })))
        .returning({ id: contacts.id, source: contacts.source });
      await t.insert(activities).values(inserted.map((c) => ({ contactId: c.id, kind: "contact_created" as const, summary: "Imported from CSV", data: { source: c.source } })));
    }
    return check.rows.length;
  });
}

// A cell starting with one of these is run as a formula by spreadsheet programs.
function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** All the coach's contacts as CSV (the same columns the import reads, plus dates). */
export async function exportContactsCsv(db: Db, coachId: string): Promise<string> {
  const rows = await db.select().from(contacts).where(eq(contacts.coachId, coachId)).orderBy(asc(contacts.createdAt), asc(contacts.id));
  return Papa.unparse({
    fields: [...CSV_COLUMNS, "created_at", "updated_at"],
    data: rows.map((c) => [c.name, c.email, c.phone ?? "", c.stage, c.tags.join(", "), c.source ?? "", c.createdAt.toISOString(), c.updatedAt.toISOString()].map(neutralizeFormula)),
  });
}
