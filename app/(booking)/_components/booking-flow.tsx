import { headers } from "next/headers";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getDb } from "@/lib/db";
import {
  getSlotsForType,
  listPublicMeetingTypes,
  resolvePickerState,
  sourceFromReferer,
  type PickerParams,
} from "@/lib/booking";
import { getLocalDate } from "@/lib/scheduling";
import { listZoneOptions, zoneLabel } from "@/lib/zones/zone-names";
import { readerLocale } from "@/app/_components/reader-locale";
import { IntakeForm } from "./intake-form";
import { SlotPicker, type SlotOption } from "./slot-picker";
import { TimeZonePicker } from "./time-zone-picker";
import { formatInZone, formatMeetingTime } from "@/lib/format";

export type BookingSearchParams = PickerParams & { src?: string };

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The whole booking page for one public meeting type: zone, month, day, time, then the intake form. */
export async function BookingFlow({ typeSlug, basePath, searchParams }: { typeSlug?: string; basePath: string; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const now = new Date();
  const practice = await listPublicMeetingTypes(db);
  const type = typeSlug ? practice?.types.find((t) => t.slug === typeSlug) : (practice?.types.find((t) => t.kind === "discovery") ?? practice?.types[0]);
  if (!practice || !type) notFound();
  const { coach } = practice;

  const requestHeaders = await headers();
  const src = (str(searchParams.src) ?? sourceFromReferer(requestHeaders.get("referer"), requestHeaders.get("host")))?.slice(0, 120);
  const locale = await readerLocale();
  const params = { month: str(searchParams.month), date: str(searchParams.date), tz: str(searchParams.tz), slot: str(searchParams.slot) };
  const pickerOpts = { defaultTz: coach.timezone, now, windowDays: coach.windowDays, locale };
  let state = resolvePickerState(params, pickerOpts);
  let result = await getSlotsForType(db, { typeSlug: type.slug, from: state.monthStart, to: state.monthEnd, timezone: state.tz, explain: true }, now);
  // No month asked for and nothing left this month: open on the next one.
  if (!params.month && !params.date && result.slots.length === 0 && state.nextMonth) {
    state = resolvePickerState({ ...params, month: state.nextMonth }, pickerOpts);
    result = await getSlotsForType(db, { typeSlug: type.slug, from: state.monthStart, to: state.monthEnd, timezone: state.tz, explain: true }, now);
  }

  const slotsByDate: Record<string, SlotOption[]> = {};
  for (const slot of result.slots) {
    const date = getLocalDate(slot.start, state.tz);
    (slotsByDate[date] ??= []).push({ start: slot.start.toISOString(), label: formatInZone(slot.start, state.tz, "time", locale) });
  }
  const chosen = state.slot ? result.slots.find((s) => s.start.getTime() === state.slot!.getTime()) : undefined;
  // Changing the zone keeps the month; a picked day means another day in another zone.
  const keep = { src, month: state.month };
  const others = practice.types.filter((t) => t.id !== type.id);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-medium text-primary">Book with {coach.displayName}</p>
        <h1 className="text-3xl font-semibold tracking-tight">{type.name}</h1>
        <p className="max-w-2xl text-muted-foreground">{type.description}</p>
        <p className="text-sm text-muted-foreground">
          {type.durationMinutes} minutes · {type.priceCents === 0 ? "free" : new Intl.NumberFormat("en-GB", { style: "currency", currency: type.currency.toUpperCase() }).format(type.priceCents / 100)} · by video call
        </p>
        {others.length > 0 ? (
          <p className="text-sm">
            Also bookable:{" "}
            {others.map((t, i) => (
              <span key={t.id}>
                {i > 0 ? ", " : ""}
                <Link className="text-primary underline" href={`/book/${t.slug}`}>
                  {t.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </header>

      <TimeZonePicker
        currentLabel={state.tzChosen ? zoneLabel(state.tz, now, locale) : null}
        labels={listZoneOptions(now, locale).map((o) => o.label)}
        keep={keep}
        detect={!state.tzChosen && !state.tzUnknown}
        unknown={state.tzUnknown}
      />

      {state.tzChosen ? (
        <SlotPicker state={state} days={result.days} slotsByDate={slotsByDate} basePath={basePath} keep={{ src }} coachTz={coach.timezone} coachName={coach.displayName} locale={locale} />
      ) : (
        // Times only make sense in the visitor's zone: until it is known (detected, or typed
        // without JavaScript), ask for it rather than show the coach's.
        <p className="rounded-lg border border-border bg-card p-4 text-sm" role="status">
          Tell us your time zone above and we will show the free times in it.
        </p>
      )}

      {state.slot && state.tzChosen && !chosen ? (
        <p role="alert" className="rounded-md border border-warning p-3 text-sm text-warning">
          That time is no longer available. Please choose another one above.
        </p>
      ) : null}

      {chosen && state.tzChosen ? (
        <section id="details" aria-labelledby="details-h" className="scroll-mt-24 rounded-lg border border-border bg-card p-5">
          <h2 id="details-h" className="mb-4 text-lg font-semibold">
            Your details
          </h2>
          <IntakeForm
            typeSlug={type.slug}
            start={chosen.start.toISOString()}
            startLabel={formatMeetingTime(chosen.start, chosen.end, state.tz, locale)}
            tz={state.tz}
            src={src}
            coachName={coach.displayName}
            questions={type.intakeQuestions}
          />
        </section>
      ) : null}
    </div>
  );
}
