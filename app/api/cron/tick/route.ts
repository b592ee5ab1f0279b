import crypto from "node:crypto";
import { env } from "@/lib/env";
import { tick } from "@/lib/jobs/worker";

export const dynamic = "force-dynamic";

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * One tick of background work (reminders, outbox delivery) for setups where an outside scheduler
 * drives it: `POST` with `Authorization: Bearer $CRON_SECRET`. Hidden when CRON_SECRET is unset.
 */
export async function POST(request: Request) {
  const secret = env().CRON_SECRET;
  if (!secret) return Response.json({ error: "Not found" }, { status: 404 });
  const header = request.headers.get("authorization") ?? "";
  const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
  if (!given || !sameSecret(given, secret)) {
    return Response.json({ error: "Unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  }
  const result = await tick(new Date());
  return Response.json({ ok: true, ...result });
}
