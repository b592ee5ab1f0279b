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
/**
 * Subscribes to a PostgreSQL notification channel. `onListen` runs each time the subscription is
 * (re)established: notifications sent while it was down are lost, so callers forget what they
 * cached then. Resolves to a function that ends the subscription.
 */
export type Listen = (channel: string, onNotify: (payload: string) => void, onListen?: () => void) => Promise<() => Promise<void>>;
export type DbHandle = { db: Db; driver: Driver; url?: string; close: () => Promise<void>; listen: Listen };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Where the embedded database lives: `.data/pglite` unless the environment (AMBIT_DATA_DIR) says otherwise. */
export function embeddedDataDir(configured?: string): string {
  return configured ?? path.join(process.cwd(), ".data", "pglite");
}

/** How to open a database: `url` for PostgreSQL, otherwise PGlite at `dataDir` ("memory://" for tests). */
export type OpenOptions = { url?: string; dataDir?: string; poolSize?: number; countStatements?: boolean };

type PgClient = ReturnType<typeof postgres>;

// Statements sent to PostgreSQL by this process, counted only for `npm run bench` (AMBIT_BENCH=on)
// through postgres.js's debug hook, which sees every statement, transaction control included.
const statementCounter = { count: 0 };
const countStatement = () => void statementCounter.count++;

/** How many statements this process has sent to PostgreSQL (0 unless AMBIT_BENCH=on). */
export function statementsSent(): number {
  return statementCounter.count;
}

/**
 * A postgres.js pool that starts afresh after it loses connections. postgres.js 3.4.9 can leave a
 * pooled connection unable to write again when the server drops it mid-write (porsager/postgres
 * #1154, #1208): every later query on it times out, so the pool never heals by itself after a
 * restart or failover. On any connection loss a new pool takes over (at most once a second) and
 * the old one finishes what it has in flight, for up to 5 s. Callers keep one stable client.
 */
function healingPostgresClient(url: string, poolSize: number, countStatements: boolean): { client: PgClient; end: () => Promise<void>; listen: Listen } {
  let current: PgClient;
  type Subscription = { channel: string; onNotify: (payload: string) => void; onListen?: () => void; stop?: () => Promise<void> };
  const subscriptions = new Set<Subscription>();
  const subscribe = async (s: Subscription) => {
    const request = await current.listen(s.channel, s.onNotify, s.onListen);
    s.stop = () => request.unlisten();
  };
  let ending = false;
  let lastSwap = 0;
  let swapTimer: NodeJS.Timeout | null = null;
  const retiring = new Set<Promise<void>>();

  const open = (): PgClient => {
    const pool: PgClient = postgres(url, {
      max: poolSize,
      onnotice: () => {},
      connect_timeout: 10,
      debug: countStatements ? countStatement : undefined,
      onclose: () => {
        if (pool === current) scheduleSwap();
      },
    });
    // Drizzle sets its type parsers on the client it wraps: give every pool the same ones.
    drizzlePostgres(pool);
    return pool;
  };
  const scheduleSwap = () => {
    if (ending || swapTimer) return;
    swapTimer = setTimeout(swap, Math.max(0, lastSwap + 1000 - Date.now()));
    swapTimer.unref();
  };
  const swap = () => {
    swapTimer = null;
    if (ending) return;
    const old = current;
    current = open();
    lastSwap = Date.now();
    // Listeners follow the new pool; the old one's listening connection ends with it.
    for (const s of subscriptions) void subscribe(s).catch(() => s.onListen?.());
    const retired = old.end({ timeout: 5 }).catch(() => {});
    retiring.add(retired);
    void retired.finally(() => retiring.delete(retired));
  };

  current = open();
  const client = new Proxy(function () {} as unknown as PgClient, {
    get: (_target, prop) => {
      const value = Reflect.get(current, prop);
      return typeof value === "function" ? value.bind(current) : value;
    },
    apply: (_target, _this, args) => Reflect.apply(current as unknown as (...a: unknown[]) => unknown, current, args),
  });
  return {
    client,
    async end() {
      ending = true;
      if (swapTimer) clearTimeout(swapTimer);
      await current.end({ timeout: 5 });
      await Promise.all(retiring);
    },
    async listen(channel, onNotify, onListen) {
      const s: Subscription = { channel, onNotify, onListen };
      subscriptions.add(s);
      await subscribe(s);
      return async () => {
        subscriptions.delete(s);
        await s.stop?.();
      };
    },
  };
}

/** Opens a database (see OpenOptions). */
export function openDatabase(opts: OpenOptions = {}): DbHandle {
  if (opts.url) {
    const { client, end, listen } = healingPostgresClient(opts.url, opts.poolSize ?? 10, opts.countStatements ?? false);
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return { db, driver: "postgres", url: opts.url, close: end, listen };
  }
  const dataDir = opts.dataDir ?? embeddedDataDir();
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, { extensions: { btree_gist, pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const listen: Listen = async (channel, onNotify, onListen) => {
    const unlisten = await client.listen(channel, onNotify);
    onListen?.();
    return unlisten;
  };
  return { db, driver: "pglite", close: () => client.close(), listen };
}

// Any constant shared by every instance; pg_advisory_lock takes a bigint.
const MIGRATION_LOCK_KEY = 7_412_902_518_001;

/**
 * Applies the committed drizzle-kit migrations (the same folder for both drivers), then runs
 * `thenUnderLock` (start-up writes such as the coach account) before letting go. On PostgreSQL
 * several instances may start at once: the first takes an advisory lock, the others wait for it
 * and then find nothing left to do. PGlite is one process's own database: no lock is needed.
 */
export async function migrateDatabase(handle: DbHandle, thenUnderLock?: () => Promise<void>): Promise<void> {
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    await thenUnderLock?.();
    return;
  }
  if (!handle.url) throw new Error("migrateDatabase: a PostgreSQL handle needs its url");
  // A session-level lock lives on one connection: hold it on a dedicated one, not the pool.
  const lockConnection = postgres(handle.url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await lockConnection`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgres(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      await thenUnderLock?.();
    } finally {
      await lockConnection`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await lockConnection.end({ timeout: 5 });
  }
}

/** The newest committed migration, as drizzle records it (`created_at` is the journal's `when`). */
export function latestMigration(): { count: number; when: number } {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: Array<{ when: number }> };
  return { count: journal.entries.length, when: Math.max(...journal.entries.map((e) => e.when)) };
}

export { schema };
