import { sql } from "drizzle-orm";
import { getDb, getDriver } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test runner. */
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return Response.json({ ok: true, database: getDriver() });
  } catch {
    return Response.json({ ok: false, error: "The database is not reachable" }, { status: 503 });
  }
}
