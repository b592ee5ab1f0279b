import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { CONTACT_STAGES, contacts, type ContactStage } from "@/db/schema";

export const CONTACT_SORTS = ["name", "email", "stage", "created", "updated"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export type ContactSearch = {
  q?: string;
  stage?: ContactStage;
  tag?: string;
  sort?: ContactSort;
  dir?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

export type ContactListRow = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  stage: ContactStage;
  source: string | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
};

export type ContactSearchResult = { rows: ContactListRow[]; total: number; page: number; pageSize: number; pageCount: number };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The contact list's URL parameters; anything unknown or malformed falls back to the default. */
export const contactSearchSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()).catch(undefined),
  stage: z.preprocess(blankToUndefined, z.enum(CONTACT_STAGES).optional()).catch(undefined),
  tag: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(40).optional()).catch(undefined),
  sort: z.enum(CONTACT_SORTS).catch("created"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(200).catch(25),
});

/** Parses `?q=&stage=&tag=&sort=&dir=&page=&pageSize=` (first value of repeated keys). */
export function parseContactSearch(params: Record<string, string | string[] | undefined>): Required<Pick<ContactSearch, "sort" | "dir" | "page" | "pageSize">> & ContactSearch {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return contactSearchSchema.parse(first);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const stageOrder = sql`array_position(array['lead','discovery_booked','discovery_done','proposal','client','alumni','lost']::text[], ${contacts.stage})`;

/**
 * The coach's contacts matching a free-text query (name or email contains it, served by the
 * pg_trgm indexes; or a tag equal to it, served by the GIN index on tags), a stage and a tag,
 * sorted and paged. Returns the page's rows and the total count.
 */
export async function searchContacts(db: Db, coachId: string, search: ContactSearch = {}): Promise<ContactSearchResult> {
  const pageSize = Math.min(Math.max(search.pageSize ?? 25, 1), 200);
  const page = Math.max(search.page ?? 1, 1);
  const where: SQL[] = [eq(contacts.coachId, coachId)];
  const q = search.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(sql`(${contacts.name} ilike ${pattern} or ${contacts.email} ilike ${pattern} or ${contacts.tags} @> array[${q.toLowerCase()}]::text[])`);
  }
  if (search.stage) where.push(eq(contacts.stage, search.stage));
  if (search.tag) where.push(sql`${contacts.tags} @> array[${search.tag.toLowerCase()}]::text[]`);
  const condition = and(...where);

  const direction = search.dir === "asc" ? asc : desc;
  const sortColumn = {
    name: sql`lower(${contacts.name})`,
    email: sql`${contacts.email}`,
    stage: stageOrder,
    created: sql`${contacts.createdAt}`,
    updated: sql`${contacts.updatedAt}`,
  }[search.sort ?? "created"];

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone, stage: contacts.stage,
        source: contacts.source, tags: contacts.tags, createdAt: contacts.createdAt, updatedAt: contacts.updatedAt,
      })
      .from(contacts)
      .where(condition)
      .orderBy(direction(sortColumn), direction(contacts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(contacts).where(condition),
  ]);
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Every tag the coach uses, for the tag filter. */
export async function listContactTags(db: Db, coachId: string): Promise<string[]> {
  const rows = await db.execute<{ tag: string }>(sql`select distinct unnest(${contacts.tags}) as tag from ${contacts} where ${contacts.coachId} = ${coachId} order by 1`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { tag: string }[] }).rows;
  return list.map((r) => r.tag);
}
