// Runs before `dev` and `start`: applies migrations, makes sure the coach account exists, and
// fills a brand-new embedded database with demo data so a first run has something to show.
import fs from "node:fs";
import { embeddedDataDir, migrateDatabase, openDatabase } from "../db/client";
import { ensureCoachAccount, seedDemoData } from "../db/seed";
import { loadEnv } from "../lib/env";

const e = loadEnv(); // fails fast with a readable list of problems
const url = process.env.DATABASE_URL || undefined;
const isNewEmbedded = !url && !fs.existsSync(embeddedDataDir(process.env.AMBIT_DATA_DIR));
const handle = openDatabase({ url, dataDir: process.env.AMBIT_DATA_DIR });
// Instances starting together take turns: migrations and the coach account are written once.
await migrateDatabase(handle, async () => {
  if (isNewEmbedded && process.env.AMBIT_SEED !== "off") {
    await seedDemoData(handle.db, { coachEmail: e.AMBIT_COACH_EMAIL, now: new Date() });
    console.log("[ambit] new embedded database: demo data added (coach@example.com, client@example.com, client2@example.com)");
  } else {
    await ensureCoachAccount(handle.db, e.AMBIT_COACH_EMAIL);
  }
});
await handle.close();
if (!e.rateLimits) console.warn("[ambit] WARNING: AMBIT_RATE_LIMITS=off: rate limiting is disabled");
console.log(`[ambit] database ready (${handle.driver}${url ? "" : `, ${embeddedDataDir(process.env.AMBIT_DATA_DIR)}`})`);
