import type { Db } from "@/db/client";

/** Periodic work a domain registers in tasks.ts. It must be idempotent: it may run on several instances at once. */
export type ScheduledTask = { name: string; run: (db: Db, now: Date) => Promise<number> };
