// Throw-away databases for one benchmark run: a new PostgreSQL database on the local server, and a
// new PGlite data directory; both migrated and filled with the demo practice.
import crypto from "node:crypto";
import fs from "node:fs";
import postgres from "postgres";
import { migrateDatabase, openDatabase, type DbHandle } from "@/db/client";
import { seedDemoData } from "@/db/seed";

export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://root@127.0.0.1:5432/postgres";

export type BenchPostgres = { url: string; name: string; drop: () => Promise<void> };

export async function createPostgresDatabase(now: Date): Promise<BenchPostgres> {
  const name = `ambit_bench_${crypto.randomBytes(5).toString("hex")}`;
  const admin = postgres(POSTGRES_ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString() });
  try {
    await migrateDatabase(handle);
    await seedDemoData(handle.db, { now });
  } finally {
    await handle.close();
  }
  return {
    url: url.toString(),
    name,
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export async function createPgliteDirectory(dir: string, now: Date): Promise<{ dir: string; remove: () => void }> {
  fs.rmSync(dir, { recursive: true, force: true });
  const handle = openDatabase({ dataDir: dir });
  try {
    await migrateDatabase(handle);
    await seedDemoData(handle.db, { now });
  } finally {
    await handle.close();
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Opens a database for checks and in-process measures (PGlite only while no server holds it). */
export function openBenchDatabase(target: { url?: string; dir?: string }): DbHandle {
  return target.url ? openDatabase({ url: target.url }) : openDatabase({ dataDir: target.dir });
}
