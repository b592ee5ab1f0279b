import { getDb } from "@/lib/db";
import { benchRouteMissing, benchRoutesEnabled, insertBenchRow } from "@/lib/security/bench";

export const dynamic = "force-dynamic";

/** Benchmark baseline: one bare single-row insert (404 unless AMBIT_BENCH=on). */
export async function POST() {
  if (!benchRoutesEnabled()) return benchRouteMissing();
  await insertBenchRow(getDb(), new Date());
  return Response.json({ ok: true }, { status: 201 });
}
