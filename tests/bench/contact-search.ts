// Contact search and the pipeline board at 100,000 contacts, in-process through lib/crm's
// searchContacts: p95 over a mix of queries (name, email, tag, no match, the unfiltered first page,
// and `smith`, which 10% of rows match), and over the board's seven stage columns loaded at once as
// the page does; against the same at the demo data's ~20 contacts. Rows are inserted with SQL.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { searchContacts } from "@/lib/crm/search-contacts";
import { rowsOf } from "@/lib/email/sender";
import { percentile } from "./load";
import { row, type Row } from "./report";

const QUERIES = [{ q: "morgan" }, { q: "lee" }, { q: "smith" }, { q: "example.com" }, { q: "engineering" }, { q: "zzzz-no-match" }, {}, { q: "ann", stage: "lead" as const }];
const STAGES = ["lead", "discovery_booked", "discovery_done", "proposal", "client", "alumni", "lost"] as const;
export const CONTACT_COUNT = 100_000;

async function coachId(db: Db): Promise<string> {
  const [coach] = rowsOf<{ id: string }>(await db.execute(sql`select id from coaches order by created_at limit 1`));
  return coach.id;
}

/** Contacts with varied names, emails, stages and tags for the coach. */
export async function insertContacts(db: Db, count: number): Promise<void> {
  const id = await coachId(db);
  await db.execute(sql`
    insert into contacts (coach_id, name, email, stage, source, tags, created_at, updated_at)
    select ${id}::uuid,
      (array['Ann','Ben','Chloe','Dev','Eli','Fay','Gus','Hana','Ivan','Jo'])[1 + i % 10] || ' ' ||
        (array['Morgan','Lee','Smith','Garcia','Nguyen','Okafor','Rossi','Kowalski','Tanaka','Silva'])[1 + (i / 10) % 10] || ' ' || i,
      'person' || i || '@bench' || (i % 50) || '.example.com',
      (array['lead','discovery_booked','discovery_done','proposal','client','alumni','lost'])[1 + i % 7],
      'bench',
      case when i % 5 = 0 then array['engineering'] when i % 7 = 0 then array['career-change', 'newsletter'] else '{}'::text[] end,
      now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
    from generate_series(1, ${count}) as i`);
  await db.execute(sql`analyze contacts`);
}

async function timed(runs: number, once: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

async function measure(db: Db, runs: number) {
  const id = await coachId(db);
  let next = 0;
  const search = await timed(runs * QUERIES.length, () => searchContacts(db, id, QUERIES[next++ % QUERIES.length]));
  // The board page: each stage's 50 most recently changed contacts and its count, all at once.
  const board = await timed(runs, () => Promise.all(STAGES.map((stage) => searchContacts(db, id, { stage, sort: "updated", dir: "desc", pageSize: 50 }))));
  return { search, board };
}

export async function benchContactSearch(db: Db, driver: string, runs = 15): Promise<Row[]> {
  const small = await measure(db, runs);
  await insertContacts(db, CONTACT_COUNT);
  const large = await measure(db, runs);
  const note = `${QUERIES.length} queries x ${runs} runs; searchContacts (ILIKE on name and email with pg_trgm, tag match, count)`;
  return [
    row("contact search at 100,000 contacts: p95", driver, large.search.p95, "ms", { name: "p95 at ~20 contacts", value: small.search.p95 }, note),
    row("contact search at 100,000 contacts: median", driver, large.search.median, "ms", { name: "median at ~20 contacts", value: small.search.median }),
    row("pipeline board at 100,000 contacts: p95", driver, large.board.p95, "ms", { name: "p95 at ~20 contacts", value: small.board.p95 }, `7 columns of 50 with counts, ${runs} runs`),
  ];
}
