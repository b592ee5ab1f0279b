// `npm run bench`: every benchmark against a production build, on a throw-away PostgreSQL database
// and on a throw-away PGlite directory, each figure beside a baseline measured in the same run.
// Prints one table and writes bench-results/latest.json. No thresholds: figures, not a test.
//   BENCH_SECONDS=5     seconds per timed load run
//   BENCH_PORT=3310     the first of five ports (PostgreSQL, PGlite, two instances and their proxy)
//   --fast              for iteration: 1.5 s runs, PostgreSQL only, no race, fewer in-process runs
//   --rebuild           build even when .next-bench looks current
//   --reuse-build       keep an existing .next-bench even if sources changed since
//   --only=postgres|pglite
import { migrateDatabase, openDatabase } from "@/db/client";
import { seedDemoData } from "@/db/seed";
import { benchBooking, raceRows } from "./booking";
import { benchContactSearch } from "./contact-search";
import { createPgliteDirectory, createPostgresDatabase, openBenchDatabase } from "./databases";
import { pickStaticFile, type HttpTarget } from "./http-baselines";
import { benchArticle, benchFirstLoadJs, stageStaticArticleCopy } from "./pages";
import { printTable, writeResults, type Row } from "./report";
import { ensureBuild, startServer, type Server } from "./server";
import { benchInstances } from "./instances";
import { benchSlotEngine } from "./slot-engine";

const fast = process.argv.includes("--fast");
const seconds = Number(process.env.BENCH_SECONDS ?? (fast ? 1.5 : 5));
const only = process.argv.find((a) => a.startsWith("--only="))?.split("=")[1] ?? (fast ? "postgres" : undefined);
const firstPort = Number(process.env.BENCH_PORT ?? 3310);
const PORTS = { postgres: firstPort, pglite: firstPort + 1 };
const cleanups: (() => Promise<void> | void)[] = [];

/** The HTTP benchmarks against one running server, each route right after its own baselines. */
async function benchServer(server: Server, driver: string, now: Date) {
  const rows: Row[] = [];
  const target: HttpTarget = { server: { pid: server.pid, baseUrl: server.url }, seconds };
  const staticPath = await pickStaticFile(server.url);
  console.log(`[bench] ${driver}: availability, booking writes${fast ? "" : ", booking race"}`);
  const booking = await benchBooking(target, driver, now, { staticPath, race: !fast });
  rows.push(...booking.rows);
  console.log(`[bench] ${driver}: article page`);
  rows.push(...(await benchArticle(target, driver)));
  return { rows, race: booking.race };
}

async function benchPostgres(now: Date): Promise<Row[]> {
  const pg = await createPostgresDatabase(now);
  cleanups.push(() => pg.drop());
  const server = await startServer(PORTS.postgres, { DATABASE_URL: pg.url });
  cleanups.push(() => server.stop());
  const rows: Row[] = [];
  try {
    const result = await benchServer(server, "postgres", now);
    rows.push(...result.rows);
    if (result.race) {
      const handle = openBenchDatabase({ url: pg.url });
      try {
        rows.push(...(await raceRows(handle.db, "postgres", result.race)));
      } finally {
        await handle.close();
      }
    }
    rows.push(...(await benchFirstLoadJs(server.url)));
  } finally {
    await server.stop();
  }
  console.log("[bench] postgres: two instances against one");
  rows.push(...(await benchInstances({ databaseUrl: pg.url, firstPort: firstPort + 2, seconds, now })));
  console.log("[bench] postgres: contact search and board at 100,000 contacts");
  const handle = openBenchDatabase({ url: pg.url });
  try {
    rows.push(...(await benchContactSearch(handle.db, "postgres", fast ? 5 : 15)));
  } finally {
    await handle.close();
  }
  return rows;
}

async function benchPglite(now: Date): Promise<Row[]> {
  const data = await createPgliteDirectory(`.data/bench-pglite-${process.pid}`, now);
  cleanups.push(() => data.remove());
  const server = await startServer(PORTS.pglite, { AMBIT_DATA_DIR: data.dir });
  cleanups.push(() => server.stop());
  const rows: Row[] = [];
  let race;
  try {
    const result = await benchServer(server, "pglite", now);
    rows.push(...result.rows);
    race = result.race;
  } finally {
    await server.stop();
  }
  // PGlite allows one process at a time: the race is checked once the server has let go.
  if (race) {
    const handle = openBenchDatabase({ dir: data.dir });
    try {
      rows.push(...(await raceRows(handle.db, "pglite", race)));
    } finally {
      await handle.close();
    }
  }
  console.log("[bench] pglite: contact search and board at 100,000 contacts");
  const memory = openDatabase({ dataDir: "memory://" });
  try {
    await migrateDatabase(memory);
    await seedDemoData(memory.db, { now });
    rows.push(...(await benchContactSearch(memory.db, "pglite")));
  } finally {
    await memory.close();
  }
  return rows;
}

async function main() {
  const started = Date.now();
  const build = ensureBuild({ force: process.argv.includes("--rebuild"), reuse: process.argv.includes("--reuse-build") });
  const now = new Date();
  const articleCopy = stageStaticArticleCopy();
  if (articleCopy) cleanups.push(() => articleCopy.remove());
  const rows: Row[] = [];
  console.log("[bench] slot engine in-process");
  rows.push(...benchSlotEngine(fast ? 100 : 400));
  if (only !== "pglite") rows.push(...(await benchPostgres(now)));
  if (only !== "postgres") rows.push(...(await benchPglite(now)));
  console.log("");
  printTable(rows);
  const file = writeResults(rows, { build, secondsPerRun: seconds, totalSeconds: Math.round((Date.now() - started) / 1000) });
  console.log(`\n[bench] written to ${file} in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function cleanUp() {
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (err) {
      console.error("[bench] clean-up step failed:", (err as Error).message);
    }
  }
  cleanups.length = 0;
}

process.on("SIGINT", () => {
  void cleanUp().finally(() => process.exit(130));
});

main()
  .then(cleanUp)
  .catch(async (err) => {
    console.error("[bench] failed:", err instanceof Error ? err.message : err);
    await cleanUp();
    process.exit(1);
  });
