// Runs once when the server starts: validates the environment (a missing production secret stops
// the start with a clear message) and starts the background worker (outbox delivery, reminders).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const e = env();
  if (!e.rateLimits) console.warn("[ambit] WARNING: AMBIT_RATE_LIMITS=off: rate limiting is disabled");
  const { startBackgroundWorker } = await import("./lib/jobs/worker");
  startBackgroundWorker();
}
