// A clean database for one test file: a fresh in-memory PGlite by default, or a brand-new
// PostgreSQL database (created and dropped here) when DATABASE_URL is set.
import crypto from "node:crypto";
import postgres from "postgres";
import { migrateDatabase, openDatabase, type Db, type DbHandle } from "@/db/client";

export type TestDb = { db: Db; driver: DbHandle["driver"]; url?: string; listen: DbHandle["listen"]; close: () => Promise<void> };

export async function createTestDb(): Promise<TestDb> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const handle = openDatabase({ dataDir: "memory://" });
    await migrateDatabase(handle);
    return { db: handle.db, driver: handle.driver, listen: handle.listen, close: handle.close };
  }
  const name = `ambit_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString() });
  await migrateDatabase(handle);
  return {
    db: handle.db,
    driver: handle.driver,
    url: url.toString(),
    listen: handle.listen,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Reads err.cause.code through Drizzle's wrapper (postgres.js and PGlite both set it). */
export function pgErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.cause?.code ?? e?.code;
}
