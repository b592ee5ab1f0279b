import { requireCoach } from "@/lib/auth/guards";
import { requireRecentSecondFactor } from "@/lib/auth/two-factor/request";
import { exportContactsCsv } from "@/lib/crm/contacts-csv";
import { getDb } from "@/lib/db";

/** All the coach's contacts as a CSV download. */
export async function GET() {
  const { user, coach } = await requireCoach("/coach/contacts");
  await requireRecentSecondFactor(user.id, "/coach/contacts/export", new Date());
  const csv = await exportContactsCsv(getDb(), coach.id);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="contacts-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
