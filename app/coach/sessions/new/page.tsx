import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SlotPickerForm } from "@/app/_components/coach/slot-picker-form";
import { Button, Card, CardContent, Select } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { getSlotsForType, MeetingTypeNotFoundError } from "@/lib/booking";
import { listMeetingTypes } from "@/lib/coaching/meeting-types";
import { groupSlotsByDay } from "@/lib/coaching/slot-days";
import { NotFoundError } from "@/lib/errors";
import { getContactForCoach } from "@/lib/crm/manage-contacts";
import { searchContacts } from "@/lib/crm/search-contacts";
import { getDb } from "@/lib/db";
import { getLocalDate } from "@/lib/scheduling";
import { addCalendarDays } from "@/lib/scheduling/calendar-date";
import { bookForClientAction } from "../actions";
import { formatCalendarDate, formatInZone } from "@/lib/format";

export const metadata: Metadata = { title: "Book a session" };

export default async function BookForClientPage({ searchParams }: { searchParams: Promise<{ contact?: string; type?: string }> }) {
  const { coach } = await requireCoach("/coach/sessions/new");
  const query = await searchParams;
  const db = getDb();
  const tz = coach.timezone;
  const now = new Date();
  const contact = query.contact
    ? await getContactForCoach(db, coach.id, query.contact).catch((err) => {
        if (err instanceof NotFoundError) notFound();
        throw err;
      })
    : null;
  const [types, people] = await Promise.all([
    listMeetingTypes(db, coach.id).then((all) => all.filter((t) => t.active)),
    contact ? null : searchContacts(db, coach.id, { sort: "name", dir: "asc", pageSize: 200 }),
  ]);
  const type = types.find((t) => t.slug === query.type) ?? null;

  let days: { date: string; label: string; slots: { start: string; label: string }[] }[] = [];
  if (contact && type) {
    const today = getLocalDate(now, tz);
    try {
      const { slots } = await getSlotsForType(db, { typeSlug: type.slug, from: today, to: addCalendarDays(today, 21), timezone: tz, includeClientTypes: true }, now);
      days = groupSlotsByDay(slots, tz).map((d) => ({ date: d.date, label: formatCalendarDate(d.date, "day"), slots: d.slots.map((s) => ({ start: s.start.toISOString(), label: formatInZone(s.start, tz, "time") })) }));
    } catch (err) {
      if (!(err instanceof MeetingTypeNotFoundError)) throw err;
    }
  }

  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm"><Link className="text-primary underline" href={contact ? `/coach/contacts/${contact.id}` : "/coach/sessions"}>← Back</Link></p>
      <h1 className="text-2xl font-semibold">Book a session{contact ? ` for ${contact.name}` : ""}</h1>
      <p className="text-sm text-muted-foreground">The same rules as your public booking page apply (hours, notice, buffers, daily cap). Times are in {tz}.</p>
      <Card>
        <CardContent className="space-y-6 pt-5">
          <form method="get" action="/coach/sessions/new" className="flex flex-wrap items-end gap-3">
            {contact ? (
              <input type="hidden" name="contact" value={contact.id} />
            ) : (
              <div className="space-y-1.5">
                <label htmlFor="book-contact" className="block text-sm font-medium">Client</label>
                <Select id="book-contact" name="contact" required>
                  {people!.rows.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.email})</option>)}
                </Select>
              </div>
            )}
            <div className="space-y-1.5">
              <label htmlFor="book-type" className="block text-sm font-medium">Meeting type</label>
              <Select id="book-type" name="type" defaultValue={type?.slug ?? ""}>
                {types.map((t) => <option key={t.id} value={t.slug}>{t.name} ({t.durationMinutes} min)</option>)}
              </Select>
            </div>
            <Button type="submit" variant="secondary">Show free times</Button>
          </form>
          {contact && type ? (
            <SlotPickerForm
              idPrefix="book"
              action={bookForClientAction}
              hidden={{ contactId: contact.id, type: type.slug }}
              days={days}
              submitLabel={`Book ${type.name}`}
              credit={type.visibility === "clients" || type.kind === "coaching" ? { required: type.visibility === "clients" } : undefined}
            />
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
