import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverDueEmails, resendTransport } from "@/lib/email/sender";
import { runScheduledTasks } from "./tasks";

const TICK_MS = 15_000;
const globalForWorker = globalThis as unknown as { ambitWorker?: NodeJS.Timeout };

/** One tick of background work; also reachable through /api/cron/tick for multi-instance setups. */
export async function tick(now: Date) {
  const e = env();
  const db = getDb();
  const tasks = await runScheduledTasks(db, now);
  const mail = e.RESEND_API_KEY ? await deliverDueEmails(db, resendTransport(e.RESEND_API_KEY, e.RESEND_BASE_URL), { now, from: e.EMAIL_FROM }) : null;
  return { tasks, mail };
}

export function startBackgroundWorker() {
  if (globalForWorker.ambitWorker || env().AMBIT_WORKER === "off") return;
  globalForWorker.ambitWorker = setInterval(() => {
    tick(new Date()).catch((err) => console.error("[ambit] background tick failed:", (err as Error).message));
  }, TICK_MS);
  globalForWorker.ambitWorker.unref();
}
