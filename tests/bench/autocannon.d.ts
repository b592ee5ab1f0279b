// The part of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: (RawRequest & { setupRequest?: (req: RawRequest, context: Record<string, unknown>) => RawRequest })[];
  };
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; total: number };
  type Result = { requests: Histogram; latency: Histogram; duration: number; errors: number; timeouts: number; non2xx: number };
  type Instance = EventEmitter & Promise<Result>;

  function autocannon(opts: Options): Instance;
  export default autocannon;
}
