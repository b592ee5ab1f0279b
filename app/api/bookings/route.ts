import { getDb } from "@/lib/db";
import { withDatabaseOutage } from "@/lib/security/database-outage";
import { handleCreateBookingRequest } from "@/lib/booking";

export const dynamic = "force-dynamic";

/** POST /api/bookings (public contract, see DESIGN.md). */
export const POST = withDatabaseOutage(async (request: Request) => {
  return handleCreateBookingRequest(getDb(), request, new Date());
});
