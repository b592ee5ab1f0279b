import { getDriver, isDatabaseReachable } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  if (await isDatabaseReachable()) return Response.json({ ok: true, database: getDriver() });
  return Response.json({ ok: false, error: "The database is not reachable" }, { status: 503 });
}
