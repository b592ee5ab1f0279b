import { AppError } from "@/lib/errors";
import Papa from "papaparse";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, contacts } from "@/db/schema";
import { contactInputSchema, type ContactInput } from "./contact-input";
import { withTransaction } from "@/db/transaction";

export const CSV_COLUMNS = ["name", "email", "phone", "stage", "tags", "source"] as const;
export const MAX_IMPORT_ROWS = 10_000;

/** What to do with a row whose email is already one of the coach's contacts. */
export const EXISTING_CHOICES = ["skip", "update"] as const;
export type ExistingChoice = (typeof EXISTING_CHOICES)[number];

export type ImportRowError = { row: number; email: string; messages: string[] };
/** Each row's outcome, in file order: a new contact, an update, a skip (with why), or an error. */
export type ImportRowOutcome = { row: number; email: string; name: string; outcome: "create" | "update" | "skip" | "error"; messages: string[] };
export type ImportCheck = {
  creates: ContactInput[];
  updates: { id: string; input: ContactInput; stageGiven: boolean }[];
  outcomes: ImportRowOutcome[];
  errors: ImportRowError[];
  total: number;
};
export type ImportResult = { created: number; updated: number; skipped: number; outcomes: ImportRowOutcome[] };

export class ImportRejectedError extends AppError {
  constructor(public readonly errors: ImportRowError[]) {
    super("invalid_input", `${errors.length} row${errors.length === 1 ? "" : "s"} cannot be imported; nothing was imported`);
  }
}

// Column names of our own export and of other tools' exports (Calendly's "Invitee Email",
// Paperbell's "Client Email"…), compared lower-cased with everything but letters removed.
const HEADER_ALIASES: Record<string, string> = {
  mail: "email", emailaddress: "email", inviteeemail: "email", clientemail: "email", customeremail: "email",
  fullname: "name", inviteename: "name", clientname: "name", customername: "name",
  inviteefirstname: "firstname", clientfirstname: "firstname", givenname: "firstname",
  inviteelastname: "lastname", clientlastname: "lastname", surname: "lastname", familyname: "lastname",
  phonenumber: "phone", mobile: "phone", mobilephone: "phone", textremindernumber: "phone", inviteephone: "phone", inviteephonenumber: "phone", clientphone: "phone",
  labels: "tags", tag: "tags",
  eventtypename: "source",
};

function normalizeHeader(header: string): string {
  const key = header.trim().toLowerCase().replace(/[^a-z]/g, "");
  return HEADER_ALIASES[key] ?? key;
}

/**
 * Parses CSV text with a header row; headers are matched case-insensitively, with other tools'
 * names mapped to ours ("Invitee Email" -> email). First and last name columns make the name.
 */
export function parseContactsCsv(text: string): { records: Record<string, string>[]; fileErrors: string[] } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy", transformHeader: normalizeHeader });
  const fileErrors = result.errors.filter((e) => e.type !== "FieldMismatch").slice(0, 5).map((e) => `Row ${(e.row ?? 0) + 2}: ${e.message}`);
  const fields = result.meta.fields ?? [];
  const hasName = fields.includes("name") || fields.includes("firstname");
  if (!fields.includes("email") || !hasName) fileErrors.unshift("The first row must name the columns, including name and email (or Calendly's “Invitee Name” and “Invitee Email”).");
  const records = result.data.map((r) => (r.name?.trim() || !(r.firstname || r.lastname) ? r : { ...r, name: `${r.firstname ?? ""} ${r.lastname ?? ""}`.trim() }));
  return { records, fileErrors };
}

/**
 * Plans the import row by row (row numbers count the header as row 1): a bad row is an error; a
 * repeat of an earlier row's email is skipped; an email already among the coach's contacts is
 * updated or skipped as the coach chose; the rest are created. Reads only.
 */
export async function checkImportRows(db: Db, coachId: string, records: Record<string, string>[], existing: ExistingChoice = "skip"): Promise<ImportCheck> {
  const outcomes: ImportRowOutcome[] = [];
  if (records.length > MAX_IMPORT_ROWS) {
    const errors = [{ row: 0, email: "", messages: [`A file can hold at most ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} contacts`] }];
    return { creates: [], updates: [], outcomes: [], errors, total: records.length };
  }
  const seen = new Map<string, number>();
  const valid: { row: number; input: ContactInput; stageGiven: boolean }[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    const stageGiven = Boolean(record.stage?.trim());
    const parsed = contactInputSchema.safeParse({
      name: record.name ?? "",
      email: record.email ?? "",
      phone: record.phone || undefined,
      stage: stageGiven ? record.stage.trim().toLowerCase().replace(/\s+/g, "_") : undefined,
      tags: record.tags ?? "",
      source: record.source || undefined,
    });
    const email = (record.email ?? "").trim().toLowerCase();
    if (!parsed.success) {
      outcomes.push({ row, email, name: (record.name ?? "").trim(), outcome: "error", messages: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`) });
      return;
    }
    const earlier = seen.get(parsed.data.email);
    if (earlier) {
      outcomes.push({ row, email, name: parsed.data.name, outcome: "skip", messages: [`the same address is on row ${earlier}`] });
      return;
    }
    seen.set(parsed.data.email, row);
    valid.push({ row, input: parsed.data, stageGiven });
  });

  const known = new Map<string, string>();
  const emails = valid.map((v) => v.input.email);
  for (let i = 0; i < emails.length; i += 1000) {
    const chunk = emails.slice(i, i + 1000);
    const rows = await db.select({ id: contacts.id, email: contacts.email }).from(contacts).where(and(eq(contacts.coachId, coachId), inArray(contacts.email, chunk)));
    for (const r of rows) known.set(r.email, r.id);
  }
  const creates: ContactInput[] = [];
  const updates: ImportCheck["updates"] = [];
  for (const v of valid) {
    const id = known.get(v.input.email);
    const base = { row: v.row, email: v.input.email, name: v.input.name };
    if (!id) {
      creates.push(v.input);
      outcomes.push({ ...base, outcome: "create", messages: [] });
    } else if (existing === "update") {
      updates.push({ id, input: v.input, stageGiven: v.stageGiven });
      outcomes.push({ ...base, outcome: "update", messages: ["already a contact: details updated from the file"] });
    } else {
      outcomes.push({ ...base, outcome: "skip", messages: ["already a contact: left as it is"] });
    }
  }
  outcomes.sort((a, b) => a.row - b.row);
  const errors = outcomes.filter((o) => o.outcome === "error").map(({ row, email, messages }) => ({ row, email, messages }));
  return { creates, updates, outcomes, errors, total: records.length };
}

/**
 * Imports a file in one transaction: plans it again (never trust a preview), then creates the new
 * contacts and updates or skips the known ones as the coach chose, each on its timeline. Any bad
 * row rejects the file (ImportRejectedError lists them) and nothing is written.
 */
export async function importContacts(db: Db, coachId: string, records: Record<string, string>[], opts: { existing?: ExistingChoice; now: Date }): Promise<ImportResult> {
  const existing = opts.existing ?? "skip";
  return withTransaction(db, async (t) => {
    const check = await checkImportRows(t, coachId, records, existing);
    if (check.errors.length > 0) throw new ImportRejectedError(check.errors);
    if (check.creates.length + check.updates.length === 0 && check.outcomes.length === 0) {
      throw new ImportRejectedError([{ row: 0, email: "", messages: ["The file has no contacts"] }]);
    }
    for (let i = 0; i < check.creates.length; i += 500) {
      const chunk = check.creates.slice(i, i + 500);
      const inserted = await t
        .insert(contacts)
        .values(chunk.map((r) => ({ coachId, name: r.name, email: r.email, phone: r.phone, stage: r.stage, tags: r.tags, source: r.source ?? "import", createdAt: opts.now, updatedAt: opts.now })))
        .returning({ id: contacts.id, source: contacts.source });
      await t.insert(activities).values(inserted.map((c) => ({ contactId: c.id, kind: "contact_created" as const, summary: "Imported from CSV", data: { source: c.source }, createdAt: opts.now })));
    }
    for (const u of check.updates) await updateFromImport(t, coachId, u, opts.now);
    const skipped = check.outcomes.filter((o) => o.outcome === "skip").length;
    return { created: check.creates.length, updated: check.updates.length, skipped, outcomes: check.outcomes };
  });
}

/** A known contact updated from a row: the name, and the phone and stage when the row has them; tags are added to theirs. */
async function updateFromImport(db: Db, coachId: string, u: ImportCheck["updates"][number], now: Date): Promise<void> {
  const [current] = await db.select().from(contacts).where(and(eq(contacts.id, u.id), eq(contacts.coachId, coachId))).for("update");
  if (!current) return;
  const tags = [...new Set([...current.tags, ...u.input.tags])].slice(0, 20);
  const stage = u.stageGiven ? u.input.stage : current.stage;
  await db
    .update(contacts)
    .set({ name: u.input.name, phone: u.input.phone ?? current.phone, stage, tags, updatedAt: now })
    .where(and(eq(contacts.id, u.id), eq(contacts.coachId, coachId)));
  const stageNote = stage !== current.stage ? ` (stage ${current.stage} → ${stage})` : "";
  await db.insert(activities).values({ contactId: u.id, kind: "contact_updated", summary: `Updated from a CSV import${stageNote}`, data: { from: current.stage, to: stage }, createdAt: now });
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
