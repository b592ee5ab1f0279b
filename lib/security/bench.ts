// Baselines for `npm run bench`: the cheapest JSON response and the cheapest single-row insert the
// app can make, so every other figure can be read as a ratio. Off (404) unless AMBIT_BENCH=on.
import crypto from "node:crypto";
import { statementsSent, type Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { databaseEnv } from "@/lib/env";

export function benchRoutesEnabled(): boolean {
  return databaseEnv().AMBIT_BENCH === "on";
}

export function benchRouteMissing(): Response {
  return Response.json({ error: "Not found" }, { status: 404 });
}

/** One bare insert of a short-lived row with a random key (the rate-limit table: no triggers, one index). */
export async function insertBenchRow(db: Db, now: Date): Promise<void> {
  await db.insert(rateLimits).values({ key: `bench:${crypto.randomUUID()}`, points: 1, expire: new Date(now.getTime() + 60_000) });
}

/** What the benchmark reads before and after a load run: statements sent so far by this process. */
export function benchStats(): { statements: number; pid: number } {
  return { statements: statementsSent(), pid: process.pid };
}
