// Runs once when the server starts: validates the environment (a missing production secret stops
// the start with a clear message), makes every request carry the client's real address (for rate
// limits) and starts the background worker (outbox delivery, reminders).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const e = env();
  const { installClientIpHeader, parseTrustedProxies } = await import("./lib/security/client-ip");
  installClientIpHeader(parseTrustedProxies(e.AMBIT_TRUSTED_PROXIES));
  if (!e.rateLimits) console.warn("[ambit] WARNING: AMBIT_RATE_LIMITS=off: rate limiting is disabled");
  const { startBackgroundWorker } = await import("./lib/jobs/worker");
  startBackgroundWorker();
}
