import { getDb } from "@/lib/db";
import { handleAvailabilityRequest } from "@/lib/booking";

export const dynamic = "force-dynamic";

/** GET /api/availability?type=&from=&to=&tz= (public contract, see DESIGN.md). */
export async function GET(request: Request) {
  return handleAvailabilityRequest(getDb(), new URL(request.url), new Date());
}
