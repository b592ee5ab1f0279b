// One load run with autocannon: requests per second and latency percentiles computed from every
// response's own timing (autocannon's histogram has no p95).
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
};

export type LoadResult = { requests: number; rps: number; p50: number; p95: number; statuses: Record<string, number>; errors: number; serverErrors: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const method = opts.method ?? "GET";
  const nextBody = opts.nextBody;
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
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const serverErrors = Object.entries(statuses).reduce((n, [code, count]) => (Number(code) >= 500 ? n + count : n), 0);
  return {
    requests: times.length,
    rps: times.length / Math.max(result.duration, 0.001),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    statuses,
    errors: result.errors + result.timeouts,
    serverErrors,
  };
}

/**
 * A few unmeasured requests so the route is loaded and warm before it is measured. A fixed count,
 * not a duration, so no abandoned request is still keeping the server busy afterwards.
 */
export async function warmUp(opts: Omit<LoadOptions, "nextBody" | "amount" | "seconds">): Promise<void> {
  const connections = Math.min(opts.connections, 5);
  await runLoad({ ...opts, connections, amount: connections * 4 });
}
