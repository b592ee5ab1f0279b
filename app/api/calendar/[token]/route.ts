import { getDb } from "@/lib/db";
import { getCalendarFeed } from "@/lib/booking";

export const dynamic = "force-dynamic";

/** The coach's bookings as an iCalendar feed; the secret token in the URL is the only key. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await getCalendarFeed(getDb(), token.replace(/\.ics$/, ""), new Date());
  if (feed === null) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(feed, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="ambit-bookings.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
