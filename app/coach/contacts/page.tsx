import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/app/_components/coach/date-time";
import { StageBadge } from "@/app/_components/coach/stage-badge";
import { Button, EmptyState, Input, Select, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { CONTACT_STAGES, stageLabel } from "@/lib/crm/manage-contacts";
import { listContactTags, parseContactSearch, searchContacts, type ContactSort } from "@/lib/crm/search-contacts";
import { getDb } from "@/lib/db";
import { ContactsNav } from "./contacts-nav";

export const metadata: Metadata = { title: "Contacts" };

type Params = Record<string, string | string[] | undefined>;

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { coach } = await requireCoach("/coach/contacts");
  const raw = await searchParams;
  const search = parseContactSearch(raw);
  const db = getDb();
  const [result, tags] = await Promise.all([searchContacts(db, coach.id, search), listContactTags(db, coach.id)]);

  const hrefWith = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged: Record<string, string | number | undefined> = { q: search.q, stage: search.stage, tag: search.tag, sort: search.sort, dir: search.dir, page: search.page, pageSize: search.pageSize, ...changes };
    for (const [k, v] of Object.entries(merged)) {
      if (v === undefined || v === "") continue;
      if ((k === "page" && v === 1) || (k === "pageSize" && v === 25) || (k === "sort" && v === "created") || (k === "dir" && v === "desc")) continue;
      params.set(k, String(v));
    }
    const qs = params.toString();
    return qs ? `/coach/contacts?${qs}` : "/coach/contacts";
  };

  const sortHeader = (key: ContactSort, label: string, className?: string) => {
    const active = search.sort === key;
    const nextDir = active && search.dir === "asc" ? "desc" : "asc";
    return (
      <Th className={className} aria-sort={active ? (search.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={hrefWith({ sort: key, dir: nextDir, page: 1 })} className="inline-flex items-center gap-1 hover:underline">
          {label}
          <span aria-hidden="true">{active ? (search.dir === "asc" ? "▲" : "▼") : ""}</span>
          <span className="sr-only">{active ? `, sorted ${search.dir === "asc" ? "ascending" : "descending"}` : ", sort"}</span>
        </Link>
      </Th>
    );
  };

  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Contacts</h1>
        <ContactsNav current="table" />
      </div>
      {raw.erased ? <p role="status" className="text-sm text-success">The contact and all their data were erased.</p> : null}

      <form method="get" action="/coach/contacts" role="search" aria-label="Search contacts" className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]">
        <div className="space-y-1.5">
          <label htmlFor="contacts-q" className="block text-sm font-medium">Search name, email or tag</label>
          <Input id="contacts-q" name="q" type="search" defaultValue={search.q ?? ""} placeholder="e.g. priya or engineering" />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="contacts-stage" className="block text-sm font-medium">Stage</label>
          <Select id="contacts-stage" name="stage" defaultValue={search.stage ?? ""}>
            <option value="">All stages</option>
            {CONTACT_STAGES.map((s) => <option key={s} value={s}>{stageLabel(s)}</option>)}
          </Select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="contacts-tag" className="block text-sm font-medium">Tag</label>
          <Select id="contacts-tag" name="tag" defaultValue={search.tag ?? ""}>
            <option value="">All tags</option>
            {tags.map((t) => <option key={t} value={t}>{t}</option>)}
          </Select>
        </div>
        {search.sort !== "created" ? <input type="hidden" name="sort" value={search.sort} /> : null}
        {search.dir !== "desc" ? <input type="hidden" name="dir" value={search.dir} /> : null}
        <div className="flex items-end gap-2">
          <Button type="submit">Search</Button>
          {search.q || search.stage || search.tag ? <Link href="/coach/contacts" className="px-2 py-2 text-sm text-primary underline">Clear</Link> : null}
        </div>
      </form>

      <p className="text-sm text-muted-foreground" role="status">
        {result.total === 0 ? "No contacts match." : `Showing ${first}–${last} of ${result.total.toLocaleString("en-GB")} contacts`}
      </p>

      {result.rows.length === 0 ? (
        <EmptyState title="No contacts found" action={<Link className="text-primary underline" href="/coach/contacts/new">Add a contact</Link>}>
          Try another search, or clear the filters.
        </EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Contacts, {result.total} in all</caption>
          <THead>
            <tr>
              {sortHeader("name", "Name")}
              {sortHeader("email", "Email", "hidden md:table-cell")}
              {sortHeader("stage", "Stage")}
              <Th className="hidden lg:table-cell">Tags</Th>
              <Th className="hidden lg:table-cell">Source</Th>
              {sortHeader("created", "Added", "hidden sm:table-cell")}
            </tr>
          </THead>
          <TBody>
            {result.rows.map((c) => (
              <Tr key={c.id}>
                <Td>
                  <Link href={`/coach/contacts/${c.id}`} className="font-medium text-primary underline-offset-2 hover:underline">{c.name}</Link>
                  <span className="block break-all text-xs text-muted-foreground md:hidden">{c.email}</span>
                </Td>
                <Td className="hidden break-all md:table-cell">{c.email}</Td>
                <Td><StageBadge stage={c.stage} /></Td>
                <Td className="hidden text-muted-foreground lg:table-cell">{c.tags.join(", ")}</Td>
                <Td className="hidden text-muted-foreground lg:table-cell">{c.source}</Td>
                <Td className="hidden whitespace-nowrap sm:table-cell"><DateTime date={c.createdAt} timeZone={coach.timezone} format="date" /></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}

      {result.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex flex-wrap items-center gap-3 text-sm">
          {result.page > 1 ? <Link rel="prev" className="text-primary underline" href={hrefWith({ page: result.page - 1 })}>← Previous</Link> : null}
          <span>Page {result.page} of {result.pageCount}</span>
          {result.page < result.pageCount ? <Link rel="next" className="text-primary underline" href={hrefWith({ page: result.page + 1 })}>Next →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
