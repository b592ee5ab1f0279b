import type { ScheduledTask } from "@/lib/jobs/scheduled-task";
import { env } from "@/lib/env";
import { sendWeeklyDigests } from "./send-weekly-digests";

/** The weekly digest as a background task (see lib/jobs/tasks.ts). */
export const weeklyDigestTask: ScheduledTask = {
  name: "weekly-digest",
  run: (db, now) => sendWeeklyDigests(db, now, { secret: env().authSecret, publicUrl: env().publicUrl }),
};
