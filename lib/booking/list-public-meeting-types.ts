import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingTypes, type Coach, type MeetingType } from "@/db/schema";
import { getPracticeCoach } from "@/lib/practice";

/** The practice's coach and the meeting types anyone may book from the site, in the coach's order. */
export async function listPublicMeetingTypes(db: Db): Promise<{ coach: Coach; types: MeetingType[] } | null> {
  const coach = await getPracticeCoach(db);
  if (!coach) return null;
  const types = await db
    .select()
    .from(meetingTypes)
    .where(and(eq(meetingTypes.coachId, coach.id), eq(meetingTypes.active, true), eq(meetingTypes.visibility, "public")))
    .orderBy(asc(meetingTypes.position), asc(meetingTypes.name));
  return { coach, types };
}
