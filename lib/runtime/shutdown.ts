import diagnostics from "node:diagnostics_channel";
import type { Server } from "node:http";
import { markShuttingDown } from "./readiness";

type ShutdownSteps = {
  /** Starts no new background work and resolves when the work under way has finished. */
  stopWorker: () => Promise<void>;
  closeDb: () => Promise<void>;
  log: (message: string) => void;
  /** After this long the process exits anyway (status 1), e.g. a request that never ends. */
  timeoutMs?: number;
};

const globalForShutdown = globalThis as unknown as { ambitShutdownInstalled?: boolean };

/**
 * SIGTERM/SIGINT: report not ready, stop taking connections, let in-flight requests and the
 * current worker tick finish, close the database pool, exit 0. Next's own handler exits 143 without
 * waiting for our background work, so it is switched off with NEXT_MANUAL_SIG_HANDLE=true (the
 * start script and the Dockerfile set it). Next does not expose its HTTP server: Node's
 * `http.server.request.start` diagnostics channel names it on the first request.
 */
export function installGracefulShutdown(steps: ShutdownSteps) {
  if (globalForShutdown.ambitShutdownInstalled) return;
  globalForShutdown.ambitShutdownInstalled = true;
  const servers = new Set<Server>();
  const remember = (message: unknown) => {
    const server = (message as { server?: Server }).server;
    if (server) servers.add(server);
  };
  diagnostics.subscribe("http.server.request.start", remember);

  let started = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    steps.log(`${signal}: finishing in-flight requests and background work`);
    markShuttingDown();
    setTimeout(() => {
      steps.log("shutdown took too long: exiting");
      process.exit(1);
    }, steps.timeoutMs ?? 25_000).unref();
    await Promise.all([...servers].map(closeServer));
    await steps.stopWorker();
    await steps.closeDb();
    steps.log("shutdown complete");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

/** Stops accepting connections and resolves once the requests under way have been answered. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Keep-alive connections go idle as their last response ends: close them as they do.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(idle);
      resolve();
    });
    server.closeIdleConnections();
  });
}
