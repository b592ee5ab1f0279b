// Contact search at 10,000 contacts, in-process through lib/crm's searchContacts: p95 over a mix of
// queries (name, email, tag, no match, the unfiltered first page), against the same mix at the demo
// data's ~20 contacts. The 10,000 are inserted directly with SQL.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { searchContacts } from "@/lib/crm/searchContacts";
import { rowsOf } from "@/lib/email/sender";
import { percentile } from "./load";
import { row, type Row } from "./report";

const QUERIES = [{ q: "morgan" }, { q: "lee" }, { q: "example.com" }, { q: "engineering" }, { q: "zzzz-no-match" }, {}, { q: "ann", stage: "lead" as const }];

async function coachId(db: Db): Promise<string> {
  const [coach] = rowsOf<{ id: string }>(await db.execute(sql`select id from coaches order by created_at limit 1`));
  return coach.id;
}

/** 10,000 contacts with varied names, emails, stages and tags for the coach. */
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

async function measure(db: Db, runs: number): Promise<{ median: number; p95: number }> {
  const id = await coachId(db);
  for (const q of QUERIES) await searchContacts(db, id, q);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      await searchContacts(db, id, q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

export async function benchContactSearch(db: Db, driver: string, runs = 15): Promise<Row[]> {
  const small = await measure(db, runs);
  await insertContacts(db, 10_000);
  const large = await measure(db, runs);
  const note = `${QUERIES.length} queries x ${runs} runs; searchContacts (ILIKE on name and email with pg_trgm, tag match, count)`;
  return [
    row("contact search at 10,000 contacts: p95", driver, large.p95, "ms", { name: "p95 at ~20 contacts", value: small.p95 }, note),
    row("contact search at 10,000 contacts: median", driver, large.median, "ms", { name: "median at ~20 contacts", value: small.median }),
  ];
}
