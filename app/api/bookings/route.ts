import { getDb } from "@/lib/db";
import { handleCreateBookingRequest } from "@/lib/booking";

export const dynamic = "force-dynamic";

/** POST /api/bookings (public contract, see DESIGN.md). */
export async function POST(request: Request) {
  return handleCreateBookingRequest(getDb(), request, new Date());
}
