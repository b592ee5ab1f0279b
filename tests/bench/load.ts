// One load run with autocannon, timed here: requests per second are completed responses divided by
// the run's own wall time (autocannon's `duration` is rounded up to whole seconds when a count is
// given), latency percentiles come from every response's own timing, and, when the server is
// named, its CPU time and the statements it sent are read before and after the run.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";

export type LoadOptions = {
  url: string;
  connections: number;
  /** Seconds to run; ignored when `amount` is set. */
  seconds?: number;
  /** Exact number of requests to send. */
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A fresh body per request (e.g. a different slot each time). */
  nextBody?: () => string;
  /** The server under load: its CPU time and statements per request are measured too. */
  server?: ServerProbe;
};

export type ServerProbe = { pid: number; baseUrl: string };

export type LoadResult = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Server CPU (user + system, the whole process tree) per completed request; NaN without a probe. */
  cpuMsPerRequest: number;
  /** Statements sent to PostgreSQL per completed request; NaN without a probe or on PGlite. */
  statementsPerRequest: number;
  statuses: Record<string, number>;
  errors: number;
  serverErrors: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const CLOCK_TICKS_PER_SECOND = 100;

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** User + system CPU milliseconds of a process and its descendants so far (Linux /proc). */
export function processTreeCpuMs(pid: number): number {
  let ticks = 0;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) in parentheses; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks = Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND + childrenOf(pid).reduce((sum, child) => sum + processTreeCpuMs(child), 0);
}

async function statementsSent(baseUrl: string): Promise<number> {
  try {
    const res = await fetch(`${baseUrl}/api/bench/stats`);
    return res.ok ? ((await res.json()) as { statements: number }).statements : NaN;
  } catch {
    return NaN;
  }
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const method = opts.method ?? "GET";
  const nextBody = opts.nextBody;
  const statementsBefore = opts.server ? await statementsSent(opts.server.baseUrl) : NaN;
  const cpuBefore = opts.server ? processTreeCpuMs(opts.server.pid) : NaN;
  const t0 = performance.now();
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 5 }),
    timeout: 30,
    method,
    headers: opts.headers,
    body: opts.body,
    ...(nextBody ? { requests: [{ method, headers: opts.headers, setupRequest: (req) => ({ ...req, body: nextBody() }) }] } : {}),
  });
  let last = t0;
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    last = performance.now();
    times.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  // A count ends with its last response; a duration ends when autocannon stops sending.
  const seconds = ((opts.amount ? last : performance.now()) - t0) / 1000;
  const cpuMs = opts.server ? processTreeCpuMs(opts.server.pid) - cpuBefore : NaN;
  // The stats request itself sends no statement, so the difference is the run's own.
  const statements = opts.server ? (await statementsSent(opts.server.baseUrl)) - statementsBefore : NaN;
  times.sort((a, b) => a - b);
  const serverErrors = Object.entries(statuses).reduce((n, [code, count]) => (Number(code) >= 500 ? n + count : n), 0);
  const requests = times.length;
  return {
    requests,
    seconds,
    rps: requests / Math.max(seconds, 0.001),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    cpuMsPerRequest: cpuMs / requests,
    statementsPerRequest: statements / requests,
    statuses,
    errors: result.errors + result.timeouts,
    serverErrors,
  };
}

/**
 * A few unmeasured requests so the route is loaded and warm before it is measured. A fixed count,
 * not a duration, so no abandoned request is still keeping the server busy afterwards.
 */
export async function warmUp(opts: Omit<LoadOptions, "nextBody" | "amount" | "seconds" | "server">): Promise<void> {
  const connections = Math.min(opts.connections, 5);
  await runLoad({ ...opts, connections, amount: connections * 4 });
}

/** Lets requests a duration run abandoned finish before the next measure starts. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
