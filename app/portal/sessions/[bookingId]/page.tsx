import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SessionStatusBadge } from "@/app/_components/session-status-badge";
import { buttonVariants, Card, CardContent } from "@/app/_components/ui";
import { requireClient } from "@/lib/auth/guards";
import { cancelGraceEndsAt, creditOnCancel, CREDIT_REFUND_NOTICE_MS } from "@/lib/booking";
import { getDb } from "@/lib/db";
import { PlanNotFoundError } from "@/lib/errors";
import { getClientSession } from "@/lib/plans/sessions/list-client-sessions";
import { cancelSessionAction } from "../../actions";
import { CancelSessionForm } from "../cancel-session-form";
import { formatInZone } from "@/lib/format";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params, searchParams }: { params: Promise<{ bookingId: string }>; searchParams: Promise<{ booked?: string; confirm?: string; cancelled?: string }> }) {
  const [{ bookingId }, query] = await Promise.all([params, searchParams]);
  const { user, contact } = await requireClient(`/portal/sessions/${bookingId}`);
  // Found among the signed-in client's own bookings only; any other id is a 404.
  const session = await getClientSession(getDb(), contact.id, bookingId).catch((err) => {
    if (err instanceof PlanNotFoundError) notFound();
    throw err;
  });
  const now = new Date();
  const tz = user.timezone;
  const cancellable = session.status === "confirmed" && session.startsAt > now;
  const credit = creditOnCancel(session, now);
  // The last moment a cancel still returns the credit: 24 hours ahead, or the grace period's end if later.
  const noticeEnds = session.startsAt.getTime() - CREDIT_REFUND_NOTICE_MS;
  const freeUntil = new Date(session.rescheduledFromId ? noticeEnds : Math.max(noticeEnds, cancelGraceEndsAt(session.createdAt).getTime()));
  return (
    <div className="space-y-6">
      <Link href="/portal/sessions" className="text-sm text-primary underline">← All sessions</Link>
      {query.booked && cancellable ? (
        <p role="status" className="rounded-md border border-success p-3 text-sm">
          Your session is booked and a confirmation with a calendar invite is on its way.
          {session.purchaseId ? (
            credit === "returned" ? ` Changed your mind? Cancel before ${formatInZone(freeUntil, tz, "zoned")} and the credit comes back.` : null
          ) : null}
        </p>
      ) : null}
      {query.cancelled && session.status === "cancelled" ? (
        <p role="status" className="rounded-md border border-success p-3 text-sm">
          {query.cancelled === "returned"
            ? "Session cancelled. The credit is back in your package."
            : query.cancelled === "used"
              ? "Session cancelled. It was less than 24 hours away, so the credit was used."
              : "Session cancelled."}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{session.typeName}</h1>
        <SessionStatusBadge status={session.status} movedToId={session.movedToId} />
      </div>
      {session.movedToId ? <p className="text-sm"><Link href={`/portal/sessions/${session.movedToId}`} className="text-primary underline">This session was moved: see the new time</Link></p> : null}
      <p>{formatInZone(session.startsAt, tz, "zoned")}</p>
      <Card>
        <CardContent className="pt-5">
          <h2 className="font-semibold">Notes from your coach</h2>
          <p className="mt-2 whitespace-pre-line text-sm">{session.sharedNotes || "No shared notes for this session."}</p>
        </CardContent>
      </Card>
      {cancellable && query.confirm === "cancel" ? (
        <section aria-labelledby="cancel-heading" className="space-y-3 rounded-lg border-2 border-danger p-4">
          <h2 id="cancel-heading" className="text-lg font-semibold">Cancel this session?</h2>
          <p className="text-sm" data-testid="cancel-cost">
            {credit === "returned"
              ? "The credit comes back to your package."
              : credit === "used"
                ? "It is less than 24 hours away, so the credit is used and does not come back."
                : "Your coach will be told."}
          </p>
          <div className="flex flex-wrap items-start gap-3">
            <CancelSessionForm action={cancelSessionAction.bind(null, session.id)} />
            <Link href={`/portal/sessions/${session.id}`} className={buttonVariants({ variant: "ghost", size: "sm" })}>Keep it</Link>
          </div>
        </section>
      ) : cancellable ? (
        <p>
          <Link href={`/portal/sessions/${session.id}?confirm=cancel`} className={buttonVariants({ variant: "secondary", size: "sm" })}>Cancel session</Link>
        </p>
      ) : null}
    </div>
  );
}
