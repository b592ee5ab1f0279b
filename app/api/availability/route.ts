import { getDb, listenToDatabase } from "@/lib/db";
import { withDatabaseOutage } from "@/lib/security/database-outage";
import { appAvailabilityCache, handleAvailabilityRequest } from "@/lib/booking";

export const dynamic = "force-dynamic";

/** GET /api/availability?type=&from=&to=&tz= (public contract, see DESIGN.md). */
export const GET = withDatabaseOutage(async (request: Request) => {
  return handleAvailabilityRequest(getDb(), new URL(request.url), new Date(), appAvailabilityCache(listenToDatabase));
});
