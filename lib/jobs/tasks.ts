import type { Db } from "@/db/client";
import { weeklyDigestTask } from "@/lib/plans/digest/weekly-digest-task";
import { sendBookingReminders } from "@/lib/booking/send-booking-reminders";
import type { ScheduledTask } from "./scheduled-task";

// Domains register their periodic work here (reminders, digests). Each task must be idempotent:
// it may run on several instances at once.
const TASKS: ScheduledTask[] = [weeklyDigestTask, { name: "booking-reminders", run: sendBookingReminders }];

export async function runScheduledTasks(db: Db, now: Date): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const task of TASKS) done[task.name] = await task.run(db, now);
  return done;
}
