import type { Db } from "@/db/client";
import type { Coach, MeetingType } from "@/db/schema";
import { getPracticeCoach } from "@/lib/practice";
import { explainDays, getAvailableSlotsWithExpiry, type DayExplanation, type Interval } from "@/lib/scheduling";
import { MeetingTypeNotFoundError } from "@/lib/errors";
import { findMeetingType, loadSlotRules } from "./load-slot-rules";

export type GetSlotsInput = {
  typeSlug: string;
  /** Viewer-local calendar days, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** The viewer's IANA zone. */
  timezone: string;
  /** Also say, for each day, how many slots it has or why it has none. */
  explain?: boolean;
  /** Client-only meeting types are found too (the portal); the public site leaves this off. */
  includeClientTypes?: boolean;
  /** When rescheduling: the booking being moved does not block its own new time. */
  ignoreBookingId?: string;
};

export type SlotsForType = {
  coach: Coach;
  type: MeetingType;
  timezone: string;
  slots: Interval[];
  /** The last instant `now` may reach with the same slots, if nothing is written meanwhile. */
  unchangedUntil: number;
  days: DayExplanation[];
};

/** Free slots of a meeting type between two viewer-local days. Throws MeetingTypeNotFoundError, InvalidSlotQueryError. */
export async function getSlotsForType(db: Db, input: GetSlotsInput, now: Date): Promise<SlotsForType> {
  const coach = await getPracticeCoach(db);
  const type = coach ? await findMeetingType(db, coach.id, input.typeSlug, { publicOnly: !input.includeClientTypes }) : null;
  if (!coach || !type) throw new MeetingTypeNotFoundError(input.typeSlug);
  const rules = await loadSlotRules(db, coach, type, now, { ignoreBookingId: input.ignoreBookingId });
  const query = { ...rules, from: input.from, to: input.to, timeZone: input.timezone };
  const { slots, unchangedUntil } = getAvailableSlotsWithExpiry(query);
  return {
    coach,
    type,
    timezone: input.timezone,
    slots,
    unchangedUntil,
    days: input.explain ? explainDays(query) : [],
  };
}
