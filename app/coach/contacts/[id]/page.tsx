import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/app/_components/forms/action-form";
import { DateTime } from "@/app/_components/coach/date-time";
import { StageBadge } from "@/app/_components/coach/stage-badge";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import { Badge, buttonVariants, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/app/_components/ui";
import { requireCoach } from "@/lib/auth/guards";
import { renderUntrustedMarkdown } from "@/lib/content/markdown";
import { getContactDetail, type ContactSession, type TimelineEntry } from "@/lib/crm/contact-detail";
import { NotFoundError } from "@/lib/errors";
import { CONTACT_STAGES, stageLabel } from "@/lib/crm/manage-contacts";
import { getDb } from "@/lib/db";
import { addNoteAction, convertToClientAction, deleteNoteAction, updateContactAction, updateNoteAction } from "../actions";

export const metadata: Metadata = { title: "Contact" };

async function load(coachId: string, id: string) {
  try {
    return await getContactDetail(getDb(), coachId, id, new Date());
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

// Compact typography for rendered notes (the article styles are too large here).
const NOTE_BODY = "text-sm [&_a]:text-primary [&_a]:underline [&_code]:font-mono [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-1 [&_ul]:list-disc [&_ul]:pl-5";

const STATUS_TONE = { confirmed: "accent", completed: "success", cancelled: "neutral", no_show: "danger" } as const;

function SessionList({ sessions, timeZone, empty }: { sessions: ContactSession[]; timeZone: string; empty: string }) {
  if (!sessions.length) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <ul className="divide-y divide-border text-sm">
      {sessions.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link href={`/coach/sessions/${s.id}`} className="text-primary hover:underline">
            {s.typeName}: <DateTime date={s.startsAt} timeZone={timeZone} zone />
          </Link>
          <Badge tone={STATUS_TONE[s.status]}>{s.status.replace("_", "-")}</Badge>
        </li>
      ))}
    </ul>
  );
}

function TimelineItem({ entry, timeZone }: { entry: TimelineEntry; timeZone: string }) {
  const label =
    entry.kind === "note" ? "Note" : entry.kind === "session" ? `${entry.session.typeName} (${entry.session.status.replace("_", "-")})` : entry.activity.summary;
  return (
    <li className="relative border-l-2 border-border pb-4 pl-4 last:pb-0">
      <span className="absolute -left-[5px] top-1.5 size-2 rounded-full bg-primary" aria-hidden="true" />
      <p className="text-xs text-muted-foreground"><DateTime date={entry.at} timeZone={timeZone} /></p>
      <p className="text-sm">{label}</p>
      {entry.kind === "note" ? <div className={`${NOTE_BODY} mt-1 text-muted-foreground`} dangerouslySetInnerHTML={{ __html: renderUntrustedMarkdown(entry.note.body) }} /> : null}
    </li>
  );
}

export default async function ContactPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ converted?: string }> }) {
  const { coach } = await requireCoach("/coach/contacts");
  const [{ id }, { converted }] = await Promise.all([params, searchParams]);
  const detail = await load(coach.id, id);
  const { contact } = detail;
  const tz = coach.timezone;
  const canConvert = contact.stage !== "client" || !detail.planId || !contact.userId;

  return (
    <div className="space-y-6">
      <p className="text-sm"><Link className="text-primary underline" href="/coach/contacts">← Contacts</Link></p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{contact.name}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <StageBadge stage={contact.stage} />
            <a className="break-all text-primary underline" href={`mailto:${contact.email}`}>{contact.email}</a>
            {contact.source ? <span>· from {contact.source}</span> : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {detail.planId ? (
            <Link className={buttonVariants({ variant: "secondary", size: "sm" })} href={`/coach/clients/${contact.id}/plan`}>Career plan</Link>
          ) : null}
          <Link className={buttonVariants({ variant: "secondary", size: "sm" })} href={`/coach/sessions/new?contact=${contact.id}`}>Book a session</Link>
          <a className={buttonVariants({ variant: "secondary", size: "sm" })} href={`/coach/contacts/${contact.id}/export`}>Export data (JSON)</a>
          <Link className={buttonVariants({ variant: "ghost", size: "sm" })} href={`/coach/contacts/${contact.id}/erase`}>Erase…</Link>
        </div>
      </div>

      {converted ? <p role="status" className="rounded-md border border-success px-3 py-2 text-sm text-success">Converted to client: the portal invitation is on its way and a draft career plan is ready.</p> : null}

      {canConvert ? (
        <Card>
          <CardHeader>
            <CardTitle>Convert to client</CardTitle>
            <p className="text-sm text-muted-foreground">
              Sets the stage to client, opens their portal account and emails the invitation with a sign-in link, and starts a draft career plan (“Turn a job into a career”) from their discovery answers.
            </p>
          </CardHeader>
          <CardContent>
            <ActionForm idPrefix="convert" action={convertToClientAction} fields={[]} hidden={{ contactId: contact.id }} submitLabel="Convert to client" pendingLabel="Converting…" />
          </CardContent>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card>
            <CardHeader><CardTitle>Details</CardTitle></CardHeader>
            <CardContent>
              <ActionForm
                idPrefix="details"
                action={updateContactAction}
                hidden={{ contactId: contact.id }}
                submitLabel="Save details"
                columns={2}
                fields={[
                  { name: "name", label: "Name", defaultValue: contact.name, required: true, autoComplete: "off" },
                  { name: "email", label: "Email", kind: "email", defaultValue: contact.email, required: true, autoComplete: "off" },
                  { name: "phone", label: "Phone", kind: "tel", defaultValue: contact.phone ?? "", autoComplete: "off" },
                  { name: "stage", label: "Stage", kind: "select", defaultValue: contact.stage, options: CONTACT_STAGES.map((s) => ({ value: s, label: stageLabel(s) })) },
                  { name: "tags", label: "Tags", defaultValue: contact.tags.join(", "), hint: "Separate with commas", wide: true },
                ]}
              />
            </CardContent>
          </Card>

          <Card>
            <CardHeader><CardTitle>Intake answers</CardTitle></CardHeader>
            <CardContent>
              {detail.intake.length ? (
                <dl className="space-y-3 text-sm">
                  {detail.intake.map((i) => (
                    <div key={i.label}>
                      <dt className="font-medium">{i.label}</dt>
                      <dd className="whitespace-pre-line text-muted-foreground">{i.answer}</dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p className="text-sm text-muted-foreground">No intake answers yet.</p>
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader><CardTitle>Sessions</CardTitle></CardHeader>
            <CardContent className="space-y-4">
              <section aria-labelledby="upcoming-sessions">
                <h3 id="upcoming-sessions" className="mb-1 text-sm font-semibold">Upcoming</h3>
                <SessionList sessions={detail.upcoming} timeZone={tz} empty="Nothing booked." />
              </section>
              <section aria-labelledby="past-sessions">
                <h3 id="past-sessions" className="mb-1 text-sm font-semibold">Past</h3>
                <SessionList sessions={detail.past} timeZone={tz} empty="No past sessions." />
              </section>
            </CardContent>
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <CardHeader><CardTitle>Notes</CardTitle></CardHeader>
            <CardContent className="space-y-4">
              <ActionForm
                idPrefix="new-note"
                action={addNoteAction}
                hidden={{ contactId: contact.id }}
                resetOnSuccess
                submitLabel="Add note"
                pendingLabel="Adding…"
                fields={[{ name: "body", label: "New note", kind: "textarea", rows: 4, hint: "Markdown: **bold**, lists, links." }]}
              />
              {detail.notes.length === 0 ? (
                <EmptyState title="No notes yet" />
              ) : (
                <ul className="space-y-3">
                  {detail.notes.map((n) => (
                    <li key={n.id} className="rounded-md border border-border p-3" data-testid="note">
                      <p className="text-xs text-muted-foreground"><DateTime date={n.createdAt} timeZone={tz} />{n.updatedAt.getTime() - n.createdAt.getTime() > 1000 ? " (edited)" : ""}</p>
                      <div className={`${NOTE_BODY} mt-1`} dangerouslySetInnerHTML={{ __html: renderUntrustedMarkdown(n.body) }} />
                      <details className="mt-2">
                        <summary className="cursor-pointer text-sm text-primary">Edit or delete</summary>
                        <div className="mt-2 space-y-2">
                          <ActionForm
                            idPrefix={`note-${n.id}`}
                            action={updateNoteAction}
                            hidden={{ contactId: contact.id, noteId: n.id }}
                            submitLabel="Save note"
                            fields={[{ name: "body", label: "Note", kind: "textarea", defaultValue: n.body, rows: 4 }]}
                          />
                          <form action={deleteNoteAction}>
                            <input type="hidden" name="contactId" value={contact.id} />
                            <input type="hidden" name="noteId" value={n.id} />
                            <SubmitButton variant="danger" size="sm" pendingLabel="Deleting…">Delete note</SubmitButton>
                          </form>
                        </div>
                      </details>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader><CardTitle>Timeline</CardTitle></CardHeader>
            <CardContent>
              {detail.timeline.length ? (
                <ol aria-label="Timeline, newest first">
                  {detail.timeline.map((e) => (
                    <TimelineItem key={`${e.kind}-${e.kind === "activity" ? e.activity.id : e.kind === "note" ? e.note.id : e.session.id}`} entry={e} timeZone={tz} />
                  ))}
                </ol>
              ) : (
                <p className="text-sm text-muted-foreground">Nothing yet.</p>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
