import type { Db } from "@/db/client";

export type ScheduledTask = { name: string; run: (db: Db, now: Date) => Promise<number> };

// Domains register their periodic work here (reminders, digests). Each task must be idempotent:
// it may run on several instances at once.
const TASKS: ScheduledTask[] = [];

export async function runScheduledTasks(db: Db, now: Date): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const task of TASKS) done[task.name] = await task.run(db, now);
  return done;
}
