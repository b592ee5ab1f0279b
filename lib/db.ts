// The app's way to the database: pages, actions and handlers import from here, never from db/.
// The application's own database is opened here, once per process, from the environment.
import { openDatabase, type Db, type DbHandle, type Driver, type Listen } from "@/db/client";
import { databaseEnv } from "@/lib/env";

export type { Db, Tx } from "@/db/client";
export { withTransaction } from "@/db/transaction";

const globalForDb = globalThis as unknown as { ambitDb?: DbHandle };

function handle(): DbHandle {
  if (!globalForDb.ambitDb) {
    const e = databaseEnv();
    globalForDb.ambitDb = openDatabase({ url: e.DATABASE_URL, dataDir: e.AMBIT_DATA_DIR, poolSize: e.AMBIT_DB_POOL, countStatements: e.AMBIT_BENCH === "on" });
  }
  return globalForDb.ambitDb;
}

/** The application's database. */
export function getDb(): Db {
  return handle().db;
}

/** Subscribes the application's database connection to a notification channel (see Listen). */
export function listenToDatabase(...args: Parameters<Listen>): ReturnType<Listen> {
  return handle().listen(...args);
}

export function getDriver(): Driver {
  return databaseEnv().DATABASE_URL ? "postgres" : "pglite";
}

/** Closes the application's database (graceful shutdown); a later getDb() would open it afresh. */
export async function closeDb(): Promise<void> {
  const open = globalForDb.ambitDb;
  globalForDb.ambitDb = undefined;
  await open?.close();
}

export { latestMigration } from "@/db/client";
