import type { Db } from "@/db/client";
import { findBooking } from "./find-booking";
import { buildIcs } from "./ics";
import { calendarEventFor } from "./notifications";
import { manageUrlFor } from "./urls";

/** The invite for the booking behind a manage link (cancelled ones come out as cancellations), or null. */
export async function getBookingIcs(db: Db, token: string): Promise<string | null> {
  const found = await findBooking(db, { token });
  if (!found) return null;
  const cancelled = found.booking.status === "cancelled";
  return buildIcs([calendarEventFor(found, cancelled ? "CANCELLED" : "CONFIRMED", { manageUrl: cancelled ? undefined : manageUrlFor(token), sequence: cancelled ? 1 : 0 })]);
}
