import Link from "next/link";
import { Badge, EmptyState } from "@/app/_components/ui";
import type { PlanDetails } from "@/lib/plans/plan/get-plan-details";
import { interviewFields, jobApplicationFields, networkingFields, type GoalOption } from "./fields";
import { label } from "./label";
import { ActionForm } from "@/app/_components/forms/action-form";
import { SubmitButton } from "@/app/_components/forms/submit-button";
import type { ClickAction, FormAction } from "./types";
import { formatCalendarDate } from "@/lib/format";

export type JobSearchActions = {
  saveApplication: (id: string | null) => FormAction;
  deleteApplication: (id: string) => ClickAction;
  addInterview: (applicationId: string) => FormAction;
  deleteInterview: (id: string) => ClickAction;
  saveNetworking: (id: string | null) => FormAction;
  deleteNetworking: (id: string) => ClickAction;
};

type Application = PlanDetails["applications"][number];
type Interview = PlanDetails["interviews"][number];
type Person = PlanDetails["networking"][number];

const STAGE_TONE = { interested: "neutral", applied: "accent", interviewing: "warning", offer: "success", rejected: "danger" } as const;

/** Applications (with interviews) and networking contacts, each editable in place. */
export function JobSearchBoard({ data, goals, today, actions, detailHref }: {
  data: Pick<PlanDetails, "applications" | "interviews" | "networking">;
  goals: GoalOption[];
  today: string;
  actions: JobSearchActions;
  /** Where an application's own page is, when there is one (the portal). */
  detailHref?: (kind: "application" | "contact", id: string) => string;
}) {
  const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
  return (
    <div className="space-y-10">
      <section aria-labelledby="applications-heading" className="space-y-4">
        <h2 id="applications-heading" className="text-xl font-semibold">Applications</h2>
        {data.applications.length === 0 ? <EmptyState title="No applications yet">Add the roles you are interested in or have applied for.</EmptyState> : null}
        <ul className="space-y-4">
          {data.applications.map((a) => (
            <li key={a.id} className="rounded-lg border border-border bg-card p-4">
              <ApplicationSummary application={a} goalTitle={a.goalId ? goalTitle.get(a.goalId) : undefined} today={today} href={detailHref?.("application", a.id)} />
              <ApplicationEditor application={a} interviews={data.interviews.filter((i) => i.applicationId === a.id)} goals={goals} actions={actions} />
            </li>
          ))}
        </ul>
        <details className="rounded-lg border border-dashed border-border p-4">
          <summary className="cursor-pointer font-medium">Add an application</summary>
          <ActionForm columns={2} className="mt-4" action={actions.saveApplication(null)} fields={jobApplicationFields(goals)} submitLabel="Add application" idPrefix="new-application" resetOnSuccess />
        </details>
      </section>

      <section aria-labelledby="networking-heading" className="space-y-4">
        <h2 id="networking-heading" className="text-xl font-semibold">Networking contacts</h2>
        {data.networking.length === 0 ? <EmptyState title="No networking contacts yet">Keep track of the people you meet and when to follow up.</EmptyState> : null}
        <ul className="space-y-4">
          {data.networking.map((n) => (
            <li key={n.id} className="rounded-lg border border-border bg-card p-4">
              <PersonSummary person={n} goalTitle={n.goalId ? goalTitle.get(n.goalId) : undefined} today={today} href={detailHref?.("contact", n.id)} />
              <PersonEditor person={n} goals={goals} actions={actions} />
            </li>
          ))}
        </ul>
        <details className="rounded-lg border border-dashed border-border p-4">
          <summary className="cursor-pointer font-medium">Add a networking contact</summary>
          <ActionForm columns={2} className="mt-4" action={actions.saveNetworking(null)} fields={networkingFields(goals)} submitLabel="Add contact" idPrefix="new-person" resetOnSuccess />
        </details>
      </section>
    </div>
  );
}

export function ApplicationSummary({ application: a, goalTitle, today, href, headingLevel = 3 }: { application: Application; goalTitle?: string; today: string; href?: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const late = a.nextStepDate != null && a.nextStepDate < today && a.stage !== "rejected";
  return (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0 space-y-1">
        <Heading className="font-semibold">
          {href ? <Link href={href} className="hover:underline">{a.role} at {a.company}</Link> : <>{a.role} at {a.company}</>}
        </Heading>
        <p className="text-sm text-muted-foreground">
          {a.appliedOn ? `Applied ${formatCalendarDate(a.appliedOn)}` : "Not applied yet"}
          {goalTitle ? ` · Goal: ${goalTitle}` : ""}
          {a.url ? (
            <>
              {" · "}
              <a href={a.url} className="text-primary underline" rel="noopener noreferrer" target="_blank">Job ad<span className="sr-only"> for {a.role} at {a.company} (opens in a new tab)</span></a>
            </>
          ) : null}
        </p>
        {a.nextStep ? (
          <p className="text-sm">
            Next: {a.nextStep}
            {a.nextStepDate ? ` by ${formatCalendarDate(a.nextStepDate)}` : ""} {late ? <Badge tone="danger">Overdue</Badge> : null}
          </p>
        ) : null}
      </div>
      <Badge tone={STAGE_TONE[a.stage]}>{label(a.stage)}</Badge>
    </div>
  );
}

export function ApplicationEditor({ application: a, interviews, goals, actions, open }: { application: Application; interviews: Interview[]; goals: GoalOption[]; actions: JobSearchActions; open?: boolean }) {
  const name = `${a.role} at ${a.company}`;
  return (
    <div className="mt-3 space-y-3">
      {interviews.length > 0 ? (
        <div>
          <p className="text-sm font-medium">Interviews</p>
          <ul className="mt-1 space-y-1 text-sm">
            {interviews.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-2">
                <span>{formatCalendarDate(i.scheduledOn)}: {i.kind}{i.notes ? ` — ${i.notes}` : ""}</span>
                <form action={actions.deleteInterview(i.id)}>
                  <SubmitButton variant="ghost" size="sm" aria-label={`Remove the ${i.kind} on ${formatCalendarDate(i.scheduledOn)} for ${name}`}>Remove</SubmitButton>
                </form>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details open={open}>
        <summary className="cursor-pointer text-sm font-medium text-primary">Edit<span className="sr-only"> {name}</span></summary>
        <ActionForm columns={2} className="mt-3" action={actions.saveApplication(a.id)} fields={jobApplicationFields(goals, a)} submitLabel="Save application" idPrefix={`application-${a.id}`} />
        <form action={actions.deleteApplication(a.id)} className="mt-3">
          <SubmitButton variant="danger" size="sm">Delete application<span className="sr-only"> {name}</span></SubmitButton>
        </form>
      </details>
      <details open={open}>
        <summary className="cursor-pointer text-sm font-medium text-primary">Add an interview<span className="sr-only"> for {name}</span></summary>
        <ActionForm columns={2} className="mt-3" action={actions.addInterview(a.id)} fields={interviewFields()} submitLabel="Add interview" idPrefix={`interview-${a.id}`} resetOnSuccess />
      </details>
    </div>
  );
}

export function PersonSummary({ person: n, goalTitle, today, href, headingLevel = 3 }: { person: Person; goalTitle?: string; today: string; href?: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const late = n.followUpOn != null && n.followUpOn < today;
  return (
    <div className="space-y-1">
      <Heading className="font-semibold">{href ? <Link href={href} className="hover:underline">{n.name}</Link> : n.name}</Heading>
      <p className="text-sm text-muted-foreground">
        {n.whereMet ? `Met: ${n.whereMet}` : "Where you met not noted"}
        {goalTitle ? ` · Goal: ${goalTitle}` : ""}
      </p>
      {n.followUpOn ? (
        <p className="text-sm">
          Follow up {formatCalendarDate(n.followUpOn)} {late ? <Badge tone="danger">Overdue</Badge> : null}
        </p>
      ) : null}
      {n.notes ? <p className="whitespace-pre-line text-sm">{n.notes}</p> : null}
    </div>
  );
}

export function PersonEditor({ person: n, goals, actions, open }: { person: Person; goals: GoalOption[]; actions: JobSearchActions; open?: boolean }) {
  return (
    <details className="mt-3" open={open}>
      <summary className="cursor-pointer text-sm font-medium text-primary">Edit<span className="sr-only"> {n.name}</span></summary>
      <ActionForm columns={2} className="mt-3" action={actions.saveNetworking(n.id)} fields={networkingFields(goals, n)} submitLabel="Save contact" idPrefix={`person-${n.id}`} />
      <form action={actions.deleteNetworking(n.id)} className="mt-3">
        <SubmitButton variant="danger" size="sm">Delete contact<span className="sr-only"> {n.name}</span></SubmitButton>
      </form>
    </details>
  );
}
