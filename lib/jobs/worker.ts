import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fromAddress } from "@/lib/email/from-address";
import { deliverDueEmails, resendTransport } from "@/lib/email/sender";
import { runScheduledTasks } from "./tasks";

// Instrumentation and route handlers are separate bundles: the worker's state lives on globalThis.
type WorkerState = { timer?: NodeJS.Timeout; current?: Promise<unknown> };
const globalForWorker = globalThis as unknown as { ambitWorker?: WorkerState };

/** One tick of background work; also reachable through /api/cron/tick for multi-instance setups. */
export async function tick(now: Date) {
  const e = env();
  const db = getDb();
  const tasks = await runScheduledTasks(db, now);
  const mail = e.RESEND_API_KEY ? await deliverDueEmails(db, resendTransport(e.RESEND_API_KEY, e.RESEND_BASE_URL), { now, from: fromAddress(e.EMAIL_FROM) }) : null;
  return { tasks, mail };
}

export function startBackgroundWorker() {
  const e = env();
  if (globalForWorker.ambitWorker || e.AMBIT_WORKER === "off") return;
  const state: WorkerState = {};
  state.timer = setInterval(() => {
    if (state.current) return; // a slow tick is not overlapped by the next one
    state.current = tick(new Date())
      .catch((err) => console.error("[ambit] background tick failed:", (err as Error).message))
      .finally(() => (state.current = undefined));
  }, e.AMBIT_WORKER_INTERVAL_SECONDS * 1000);
  state.timer.unref();
  globalForWorker.ambitWorker = state;
}

/** Starts no further tick and resolves when the one under way (if any) has finished. */
export async function stopBackgroundWorker(): Promise<void> {
  const state = globalForWorker.ambitWorker;
  if (!state) return;
  clearInterval(state.timer);
  await state.current;
}
