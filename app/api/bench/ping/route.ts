import { benchRouteMissing, benchRoutesEnabled } from "@/lib/security/bench";

export const dynamic = "force-dynamic";

/** Benchmark baseline: the cheapest dynamic JSON response (404 unless AMBIT_BENCH=on). */
export function GET() {
  if (!benchRoutesEnabled()) return benchRouteMissing();
  return Response.json({ ok: true });
}
