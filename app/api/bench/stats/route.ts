import { benchRouteMissing, benchRoutesEnabled, benchStats } from "@/lib/security/bench";

export const dynamic = "force-dynamic";

/** Benchmark counters: statements sent to PostgreSQL so far and the serving process (404 unless AMBIT_BENCH=on). */
export function GET() {
  if (!benchRoutesEnabled()) return benchRouteMissing();
  return Response.json(benchStats());
}
