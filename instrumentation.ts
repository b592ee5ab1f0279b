// Runs once when the server starts: validates the environment (a missing production secret stops
// the start with a clear message), starts the background worker (outbox delivery, reminders) and,
// when Next leaves signals to the app (NEXT_MANUAL_SIG_HANDLE), the graceful shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const e = env();
  if (!e.rateLimits) console.warn("[ambit] WARNING: AMBIT_RATE_LIMITS=off: rate limiting is disabled");
  const { startBackgroundWorker, stopBackgroundWorker } = await import("./lib/jobs/worker");
  startBackgroundWorker();
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { installGracefulShutdown } = await import("./lib/runtime/shutdown");
    const { closeDb } = await import("./lib/db");
    installGracefulShutdown({ stopWorker: stopBackgroundWorker, closeDb, log: (m) => console.log(`[ambit] ${m}`) });
  }
}
