import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { latestMigration } from "@/db/client";

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "shutting_down" | "database_unreachable" | "migrations_pending" };

type ShutdownState = { shuttingDown?: boolean };
// Set by the SIGTERM handler (instrumentation bundle), read by /api/ready (route bundle).
const globalForShutdown = globalThis as unknown as { ambitShutdown?: ShutdownState };

export function markShuttingDown() {
  globalForShutdown.ambitShutdown = { shuttingDown: true };
}

export function isShuttingDown(): boolean {
  return globalForShutdown.ambitShutdown?.shuttingDown === true;
}

/**
 * Whether this instance should get traffic: not shutting down, the database answers, and every
 * committed migration is applied (an instance started on an older schema waits for the migrator).
 */
export async function checkReadiness(db: Db): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, reason: "shutting_down" };
  let applied: { count: number; newest: number | null };
  try {
    const result = await db.execute<{ count: number; newest: string | null }>(sql`
      select count(*)::int as count, max(created_at)::text as newest from drizzle.__drizzle_migrations`);
    const row = (Array.isArray(result) ? result : (result as { rows: Array<{ count: number; newest: string | null }> }).rows)[0];
    applied = { count: Number(row.count), newest: row.newest === null ? null : Number(row.newest) };
  } catch (err) {
    // The migrations table itself missing means nothing was migrated yet (42P01 / 3F000).
    const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
    if (code === "42P01" || code === "3F000") return { ready: false, reason: "migrations_pending" };
    return { ready: false, reason: "database_unreachable" };
  }
  const expected = latestMigration();
  if (applied.count < expected.count || applied.newest === null || applied.newest < expected.when) {
    return { ready: false, reason: "migrations_pending" };
  }
  return { ready: true };
}
