// The production server under test: built once into its own folder, started directly (not through
// npm, so its process id is the server's) on a loopback port, and stopped by that id.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const DIST_DIR = ".next-bench";
const SOURCES = ["app", "lib", "db", "emails", "content", "public", "next.config.ts", "proxy.ts", "instrumentation.ts", "package-lock.json"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/**
 * Builds into DIST_DIR when there is no build yet or a source changed since. `force` always builds;
 * `reuse` keeps any existing build.
 */
export function ensureBuild(opts: { force?: boolean; reuse?: boolean } = {}): "reused" | "built" {
  const buildId = path.join(DIST_DIR, "BUILD_ID");
  const exists = fs.existsSync(buildId);
  const stale = !exists || Math.max(...SOURCES.map(newestMtime)) > fs.statSync(buildId).mtimeMs;
  if (!opts.force && (!stale || (opts.reuse && exists))) return "reused";
  console.log(`[bench] building into ${DIST_DIR} (about a minute)...`);
  // next build rewrites tsconfig.json's include list for its output folder: put it back afterwards.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  try {
    const result = spawnSync("./node_modules/.bin/next", ["build"], {
      env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}): fix the build, then run npm run bench again`);
  } finally {
    fs.writeFileSync("tsconfig.json", tsconfig);
  }
  return "built";
}

export type Server = { url: string; pid: number; stop: () => Promise<void> };

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not become healthy within 60 s:\n${log()}`);
}

/** Starts `next start` on 127.0.0.1:port with the given database environment. */
export async function startServer(port: number, databaseEnv: Record<string, string>): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("./node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      TZ: "UTC",
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      AUTH_URL: url,
      AMBIT_RATE_LIMITS: "off",
      AMBIT_BENCH: "on",
      AMBIT_WORKER: "off",
      AMBIT_DEV_MAIL: "off",
      ...databaseEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  await waitForHealth(url, child, () => output);
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
