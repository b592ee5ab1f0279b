import { getDb } from "@/lib/db";
import { getBookingIcs } from "@/lib/booking";
import { clientIp, consumeRateLimit, tooManyRequests } from "@/lib/security/rate-limit";

export const dynamic = "force-dynamic";

/** The booking's invite as an .ics download, from the manage link. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const limit = await consumeRateLimit(db, "manage", [clientIp(request.headers)]);
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const ics = await getBookingIcs(db, token);
  if (ics === null) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="ambit-call.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
