import type { BookingStatus } from "@/db/schema";
import { Badge } from "@/app/_components/ui";

const LABEL = { confirmed: "Confirmed", completed: "Completed", cancelled: "Cancelled", no_show: "No-show", moved: "Moved" } as const;
const TONE = { confirmed: "accent", completed: "success", cancelled: "neutral", no_show: "danger", moved: "neutral" } as const;

/** "Moved" for a cancelled booking that was rescheduled (it was not called off), else the status. */
export function sessionStatusLabel(status: BookingStatus, movedToId: string | null = null): string {
  return LABEL[status === "cancelled" && movedToId ? "moved" : status];
}

/** A session's status as everyone sees it. */
export function SessionStatusBadge({ status, movedToId = null }: { status: BookingStatus; movedToId?: string | null }) {
  const key = status === "cancelled" && movedToId ? "moved" : status;
  return <Badge tone={TONE[key]} data-testid="session-status">{LABEL[key]}</Badge>;
}
