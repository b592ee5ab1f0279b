import { requireCoach } from "@/lib/auth/guards";
import { requireRecentSecondFactor } from "@/lib/auth/two-factor/request";
import { exportContactData } from "@/lib/crm/contact-data";
import { NotFoundError } from "@/lib/errors";
import { getDb } from "@/lib/db";

/** Everything held about one contact, as a JSON download (data-access requests). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, coach } = await requireCoach("/coach/contacts");
  const { id } = await params;
  await requireRecentSecondFactor(user.id, `/coach/contacts/${encodeURIComponent(id)}/export`, new Date());
  try {
    const data = await exportContactData(getDb(), coach.id, id, new Date());
    const safeName = data.contact.email.replace(/[^a-z0-9.@_-]/gi, "_");
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="contact-${safeName}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return Response.json({ error: "Contact not found" }, { status: 404 });
    throw err;
  }
}
