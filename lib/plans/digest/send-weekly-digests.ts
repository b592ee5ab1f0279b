import { createElement } from "react";
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { and, asc, eq, inArray, isNull, lte, notInArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, careerPlans, coaches, contacts, emailOutbox, users } from "@/db/schema";
import WeeklyDigestEmail from "@/emails/weekly-digest";
import { enqueueEmail } from "@/lib/email/outbox";
import { createDigestOptOutToken } from "../rules/digest-opt-out-token";
import { isOverdue } from "../rules/is-overdue";
import { digestWeekKey } from "../rules/week-key";

export type WeeklyDigestOptions = { secret: string; publicUrl: string };

/** Digest weeks start on Monday at 08:00 in the client's zone: it goes out at the first run on or after it. */
const SEND_HOUR = 8;

export function digestDedupeKey(userId: string, now: Date, timeZone: string): string {
  return `digest-${userId}-${digestWeekKey(now, timeZone, SEND_HOUR)}`;
}

/**
 * Queues this week's digest of due (next 7 days) and overdue client action items for every client
 * with a live plan who has not opted out. Safe to run often and on several instances at once: the
 * dedupe key lets one message per user per digest week into the outbox. Returns how many were queued.
 */
export async function sendWeeklyDigests(db: Db, now: Date, opts: WeeklyDigestOptions): Promise<number> {
  const candidates = await db
    .select({ userId: users.id, email: users.email, timezone: users.timezone, name: contacts.name, contactId: contacts.id, planId: careerPlans.id, coachName: coaches.displayName })
    .from(users)
    .innerJoin(contacts, eq(contacts.userId, users.id))
    .innerJoin(careerPlans, eq(careerPlans.contactId, contacts.id))
    .innerJoin(coaches, eq(coaches.id, contacts.coachId))
    .where(and(eq(users.role, "client"), isNull(users.digestOptOut), notInArray(careerPlans.status, ["paused", "completed"])));
  const due = candidates
    .map((c) => ({ ...c, local: new TZDate(now.getTime(), c.timezone), key: digestDedupeKey(c.userId, now, c.timezone) }));
  if (due.length === 0) return 0;
  const sent = await db.select({ key: emailOutbox.dedupeKey }).from(emailOutbox).where(inArray(emailOutbox.dedupeKey, due.map((c) => c.key)));
  const already = new Set(sent.map((row) => row.key));

  let queued = 0;
  for (const c of due) {
    if (already.has(c.key)) continue;
    const today = format(c.local, "yyyy-MM-dd");
    const weekEnd = format(addDays(c.local, 7), "yyyy-MM-dd");
    const items = await db
      .select({ title: actionItems.title, dueDate: actionItems.dueDate, doneAt: actionItems.doneAt })
      .from(actionItems)
      .where(and(eq(actionItems.planId, c.planId), eq(actionItems.owner, "client"), isNull(actionItems.doneAt), lte(actionItems.dueDate, weekEnd)))
      .orderBy(asc(actionItems.dueDate), asc(actionItems.title));
    if (items.length === 0) continue;
    const toItem = (item: (typeof items)[number]) => ({ title: item.title, dueDate: item.dueDate as string });
    const props = {
      name: c.name,
      coachName: c.coachName,
      overdue: items.filter((item) => isOverdue(item, today)).map(toItem),
      dueSoon: items.filter((item) => !isOverdue(item, today)).map(toItem),
      actionsUrl: `${opts.publicUrl}/portal/actions`,
      optOutUrl: `${opts.publicUrl}/portal/digest/opt-out?token=${encodeURIComponent(createDigestOptOutToken(c.userId, opts.secret))}`,
    };
    const ok = await enqueueEmail(db, { to: c.email, contactId: c.contactId, subject: WeeklyDigestEmail.subject(props), kind: "weekly_digest", body: createElement(WeeklyDigestEmail, props), dedupeKey: c.key, now });
    if (ok) queued += 1;
  }
  return queued;
}
