import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, CardContent } from "@/app/_components/ui";
import { label } from "@/app/_components/plans/label";
import { requireClient } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { PlanNotFoundError } from "@/lib/errors";
import { getClientSession } from "@/lib/plans/sessions/list-client-sessions";
import { cancelSessionAction } from "../../actions";
import { CancelSessionForm } from "../cancel-session-form";
import { formatInZone } from "@/lib/format";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ bookingId: string }> }) {
  const { bookingId } = await params;
  const { user, contact } = await requireClient(`/portal/sessions/${bookingId}`);
  // Found among the signed-in client's own bookings only; any other id is a 404.
  const session = await getClientSession(getDb(), contact.id, bookingId).catch((err) => {
    if (err instanceof PlanNotFoundError) notFound();
    throw err;
  });
  const now = new Date();
  return (
    <div className="space-y-6">
      <Link href="/portal/sessions" className="text-sm text-primary underline">← All sessions</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{session.typeName}</h1>
        <Badge tone={session.status === "cancelled" ? "danger" : "neutral"}>{label(session.status)}</Badge>
      </div>
      <p>{formatInZone(session.startsAt, user.timezone, "zoned")}</p>
      <Card>
        <CardContent className="pt-5">
          <h2 className="font-semibold">Notes from your coach</h2>
          <p className="mt-2 whitespace-pre-line text-sm">{session.sharedNotes || "No shared notes for this session."}</p>
        </CardContent>
      </Card>
      {session.status === "confirmed" && session.startsAt > now ? (
        <CancelSessionForm action={cancelSessionAction.bind(null, session.id)} label={`Cancel ${session.typeName}`} lateNotice={session.purchaseId != null && session.startsAt.getTime() - now.getTime() < 24 * 3_600_000} />
      ) : null}
    </div>
  );
}
