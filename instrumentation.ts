// Runs once when the server starts: validates the environment (a missing production secret stops
// the start with a clear message), makes every request carry the client's real address (for rate
// limits), starts the background worker (outbox delivery, reminders) and, when Next leaves signals
// to the app (NEXT_MANUAL_SIG_HANDLE), the graceful shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const e = env();
  const { installClientIpHeader, parseTrustedProxies } = await import("./lib/security/client-ip");
  installClientIpHeader(parseTrustedProxies(e.AMBIT_TRUSTED_PROXIES));
  if (!e.rateLimits) console.warn("[ambit] WARNING: AMBIT_RATE_LIMITS=off: rate limiting is disabled");
  if (process.env.NODE_ENV === "production") await writePrerenderedPageCsp(e.publicUrl);
  const { startBackgroundWorker, stopBackgroundWorker } = await import("./lib/jobs/worker");
  startBackgroundWorker();
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { installGracefulShutdown } = await import("./lib/runtime/shutdown");
    const { closeDb } = await import("./lib/db");
    installGracefulShutdown({ stopWorker: stopBackgroundWorker, closeDb, log: (m) => console.log(`[ambit] ${m}`) });
  }
}

/** CSP headers of the prerendered pages the proxy skips, written before the first request. */
async function writePrerenderedPageCsp(publicUrl: string) {
  const path = await import("node:path");
  const { buildPageCsp, checkoutFormTargets } = await import("./lib/security/headers");
  const { writeStaticPageCsp } = await import("./lib/security/static-page-hashes");
  const distDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const https = publicUrl.startsWith("https:");
  const formTargets = checkoutFormTargets();
  writeStaticPageCsp(distDir, (hashes) => buildPageCsp({ scripts: { hashes }, https, formTargets }));
}
