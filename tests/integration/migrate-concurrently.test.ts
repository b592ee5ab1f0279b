// Several instances starting at once against one fresh PostgreSQL database: the advisory lock lets
// one migrate while the others wait, then they find nothing to do. Races are only real on a server
// (PGlite has one connection), so this file runs when DATABASE_URL is set.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from "@/db/client";
import { ensureCoachAccount } from "@/db/seed";

const base = process.env.DATABASE_URL;
const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };

describe.skipIf(!base)("migrations started by several instances at once (postgres)", () => {
  let admin: ReturnType<typeof postgres>;
  let url: string;
  let name: string;
  beforeAll(async () => {
    admin = postgres(base!, { max: 1, onnotice: () => {} });
    name = `ambit_test_${crypto.randomBytes(6).toString("hex")}`;
    await admin.unsafe(`create database ${name}`);
    const u = new URL(base!);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(async () => {
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it("applies each migration once and writes the coach account once", async () => {
    const starts: Array<{ at: number; done: number }> = [];
    const instance = async () => {
      const handle = openDatabase({ url });
      try {
        await migrateDatabase(handle, async () => {
          const at = Date.now();
          await ensureCoachAccount(handle.db, "coach@example.com");
          starts.push({ at, done: Date.now() });
        });
      } finally {
        await handle.close();
      }
    };
    const results = await Promise.allSettled(Array.from({ length: 6 }, instance));
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(Array(6).fill("ok"));

    const check = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const applied = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(applied[0].n).toBe(journal.entries.length);
      const coaches = await check`select count(*)::int as n from coaches`;
      expect(coaches[0].n).toBe(1);
      const discovery = await check`select count(*)::int as n from meeting_types where slug = 'discovery'`;
      expect(discovery[0].n).toBe(1);
      const rules = await check`select count(*)::int as n from availability_rules`;
      expect(rules[0].n).toBe(5);
    } finally {
      await check.end();
    }
    // The start-up writes ran one instance at a time, never overlapping.
    const sorted = [...starts].sort((a, b) => a.at - b.at);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].at).toBeGreaterThanOrEqual(sorted[i - 1].done);
  });

  it("a later start finds nothing to do and leaves the lock free", async () => {
    const handle = openDatabase({ url });
    await migrateDatabase(handle);
    await handle.close();
    const check = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const locks = await check`select count(*)::int as n from pg_locks where locktype = 'advisory'`;
      expect(locks[0].n).toBe(0);
      const applied = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(applied[0].n).toBe(journal.entries.length);
    } finally {
      await check.end();
    }
  });
});
