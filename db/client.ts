// The one place that chooses the database driver: PGlite (embedded, the default) or
// PostgreSQL through postgres.js when DATABASE_URL is set. Both run the same migrations.
import path from "node:path";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import postgres from "postgres";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Driver = "pglite" | "postgres";
export type DbHandle = { db: Db; driver: Driver; close: () => Promise<void> };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Where the embedded database lives: `.data/pglite` unless AMBIT_DATA_DIR says otherwise. */
export function embeddedDataDir(): string {
  return process.env.AMBIT_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

/** Opens a database: `url` for PostgreSQL, otherwise PGlite at `dataDir` ("memory://" for tests). */
export function openDatabase(opts: { url?: string; dataDir?: string } = {}): DbHandle {
  if (opts.url) {
    const client = postgres(opts.url, {
      max: Number(process.env.AMBIT_DB_POOL ?? 10),
      onnotice: () => {},
      connect_timeout: 10,
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const dataDir = opts.dataDir ?? embeddedDataDir();
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, { extensions: { btree_gist, pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, driver: "pglite", close: () => client.close() };
}

/** Applies the committed drizzle-kit migrations; the same folder for both drivers. */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.driver === "postgres") {
    await migratePostgres(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

const globalForDb = globalThis as unknown as { ambitDb?: DbHandle };

/** The application's database, opened once per process from the environment. */
export function getDb(): Db {
  globalForDb.ambitDb ??= openDatabase({ url: process.env.DATABASE_URL || undefined });
  return globalForDb.ambitDb.db;
}

export function getDriver(): Driver {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export { schema };
