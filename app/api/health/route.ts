export const dynamic = "force-dynamic";

/** Liveness: the process answers. Whether it should get traffic is /api/ready. */
export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
