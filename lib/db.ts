// The app's way to the database: pages, actions and handlers import from here, never from db/.
// The application's own database is opened here, once per process, from the environment.
import { sql } from "drizzle-orm";
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

/** True when the application's database answers a trivial query (for the health route). */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await getDb().execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
