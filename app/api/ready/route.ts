import { getDb } from "@/lib/db";
import { checkReadiness } from "@/lib/runtime/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers: 200 when this instance should get traffic, 503 (with why) when not. */
export async function GET() {
  const readiness = await checkReadiness(getDb());
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
