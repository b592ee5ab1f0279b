import { sql } from "drizzle-orm";
import { bookings } from "@/db/schema";

/**
 * For a select over `bookings`: the id of the booking that replaced this one when it was
 * rescheduled, else null. A cancelled row with a successor was moved, not called off.
 */
export const movedToId = sql<string | null>`(select moved.id from ${bookings} as moved where moved.rescheduled_from_id = ${bookings.id} limit 1)`;
