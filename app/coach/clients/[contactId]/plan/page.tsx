import type { Metadata } from "next";
import { Badge, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/app/_components/ui";
import { ActionItemRow } from "@/app/_components/plans/action-item-row";
import { ClickButton } from "@/app/_components/plans/click-button";
import { actionItemFields, goalFields, milestoneFields, planHeaderFields } from "@/app/_components/plans/fields";
import { label } from "@/app/_components/plans/label";
import { ActionForm } from "@/app/_components/forms/action-form";
import { ProgressBar } from "@/app/_components/plans/progress-bar";
import { getDb } from "@/lib/db";
import { goalProgress, groupMilestonesByGoal, isOverdue, overdueItems, planProgress } from "@/lib/plans";
import { listClientSessions } from "@/lib/plans/sessions/list-client-sessions";
import { listPlanActivity } from "@/lib/plans/plan/list-plan-activity";
import { listPlanTemplates } from "@/lib/plans/plan/list-plan-templates";
import {
  applyTemplateAction,
  deleteActionItemAction,
  deleteGoalAction,
  deleteMilestoneAction,
  moveGoalAction,
  moveMilestoneAction,
  saveActionItemAction,
  saveGoalAction,
  saveHeaderAction,
  saveMilestoneAction,
  saveTemplateAction,
  setActionItemDoneAction,
  setMilestoneDoneAction,
} from "./actions";
import { loadCoachPlan } from "./load";
import { PlanNav } from "./plan-nav";
import { formatCalendarDate, formatInZone } from "@/lib/format";

export const metadata: Metadata = { title: "Career plan" };

export default async function CoachPlanPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const { coach, contact, details, today } = await loadCoachPlan(contactId);
  const db = getDb();

  if (!details) {
    const templates = await listPlanTemplates(db, coach.id);
    return (
      <div className="space-y-6">
        <PlanNav contact={contact} active="" hasPlan={false} />
        <Card>
          <CardHeader>
            <CardTitle>Start a plan from a template</CardTitle>
            <p className="text-sm text-muted-foreground">
              {contact.name.split(" ")[0]} has no career plan yet. Pick a template: its goals, milestones and actions are dated from the start day, and you can change everything afterwards.
            </p>
          </CardHeader>
          <CardContent className="space-y-4">
            <ul className="grid gap-3 sm:grid-cols-2">
              {templates.map((t) => (
                <li key={t.key} className="rounded-md border border-border p-3">
                  <p className="font-medium">{t.name} {t.builtIn ? null : <Badge>Saved</Badge>}</p>
                  <p className="mt-1 text-sm text-muted-foreground">{t.description || "A template saved from one of your plans."}</p>
                </li>
              ))}
            </ul>
            <ActionForm columns={2}
              action={applyTemplateAction.bind(null, contact.id)}
              idPrefix="apply"
              submitLabel="Create the plan"
              fields={[
                { name: "templateKey", label: "Template", kind: "select", options: templates.map((t) => ({ value: t.key, label: t.name })), defaultValue: templates[0]?.key },
                { name: "startDate", label: "Start date", kind: "date", defaultValue: today, required: true },
                { name: "currentRole", label: "Current role", kind: "text" },
                { name: "targetRole", label: "Target role", kind: "text" },
              ]}
            />
          </CardContent>
        </Card>
      </div>
    );
  }

  const { plan, goals, milestones, actionItems } = details;
  const [activity, sessions] = await Promise.all([listPlanActivity(db, contact.id, 8), listClientSessions(db, contact.id, new Date())]);
  const byGoal = groupMilestonesByGoal(milestones);
  const progress = planProgress(goals, byGoal);
  const overdue = overdueItems(actionItems, today);
  const goalOptions = goals.map((g) => ({ id: g.id, title: g.title }));
  const sessionOptions = [...sessions.upcoming, ...sessions.past]
    .filter((s) => s.status !== "cancelled")
    .map((s) => ({ value: s.id, label: `${s.typeName}, ${formatInZone(s.startsAt, coach.timezone, "zoned")}` }));
  const sessionLabel = new Map(sessionOptions.map((o) => [o.value, o.label]));
  const looseItems = actionItems.filter((i) => !i.goalId);
  const id = contact.id;

  const itemRow = (item: (typeof actionItems)[number]) => (
    <ActionItemRow
      key={item.id}
      item={item}
      today={today}
      ownerLabel={item.owner === "coach" ? "Coach" : "Client"}
      tick={setActionItemDoneAction.bind(null, id, item.id, item.doneAt == null)}
      note={item.bookingId && sessionLabel.has(item.bookingId) ? <span>From {sessionLabel.get(item.bookingId)}</span> : null}
    >
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-primary">Edit<span className="sr-only"> action “{item.title}”</span></summary>
        <ActionForm columns={2} className="mt-3" action={saveActionItemAction.bind(null, id, item.id)} fields={actionItemFields(goalOptions, sessionOptions, item)} submitLabel="Save action" idPrefix={`item-${item.id}`} />
        <div className="mt-3">
          <ClickButton action={deleteActionItemAction.bind(null, id, item.id)} label={`Delete action “${item.title}”`} variant="danger">Delete action</ClickButton>
        </div>
      </details>
    </ActionItemRow>
  );

  return (
    <div className="space-y-8">
      <PlanNav contact={contact} active="" />

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Overview</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            <p>
              {plan.currentRole || "Current role not set"} <span aria-hidden="true">→</span><span className="sr-only">to</span> <strong>{plan.targetRole || "target role not set"}</strong>
            </p>
            <p className="flex flex-wrap gap-2 text-sm">
              <Badge tone={plan.status === "active" ? "success" : "neutral"}>{label(plan.status)}</Badge>
              <Badge>{plan.horizonYears}-year horizon</Badge>
              {plan.startedOn ? <Badge>Started {formatCalendarDate(plan.startedOn)}</Badge> : null}
              {overdue.length > 0 ? <Badge tone="danger">{overdue.length} overdue action{overdue.length === 1 ? "" : "s"}</Badge> : null}
            </p>
            <ProgressBar value={progress} label="Overall progress" />
            {plan.vision ? <p className="whitespace-pre-line text-sm text-muted-foreground">{plan.vision}</p> : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Recent progress</CardTitle>
          </CardHeader>
          <CardContent>
            {activity.length === 0 ? (
              <p className="text-sm text-muted-foreground">Nothing yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {activity.map((a) => (
                  <li key={a.id}>
                    <span>{a.summary}</span>
                    <span className="block text-xs text-muted-foreground">{formatInZone(a.createdAt, coach.timezone, "zoned")}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      <Card>
        <details>
          <summary className="cursor-pointer p-5 text-base font-semibold">Edit plan details</summary>
          <CardContent>
            <ActionForm columns={2} action={saveHeaderAction.bind(null, id)} fields={planHeaderFields(plan)} submitLabel="Save plan details" idPrefix="header" />
          </CardContent>
        </details>
      </Card>

      <section aria-labelledby="goals-heading" className="space-y-4">
        <h2 id="goals-heading" className="text-xl font-semibold">Goals</h2>
        {goals.length === 0 ? <EmptyState title="No goals yet">Add a short-term or long-term goal below.</EmptyState> : null}
        <ol className="space-y-5">
          {goals.map((goal, index) => {
            const steps = byGoal.get(goal.id) ?? [];
            const items = actionItems.filter((i) => i.goalId === goal.id);
            return (
              <li key={goal.id}>
                <Card>
                  <CardHeader className="gap-2">
                    <div className="flex flex-wrap items-start justify-between gap-3">
                      <div className="min-w-0 space-y-1">
                        <h3 className="text-lg font-semibold">{goal.title}</h3>
                        <p className="flex flex-wrap gap-2 text-sm">
                          <Badge tone={goal.kind === "long_term" ? "accent" : "neutral"}>{goal.kind === "long_term" ? "Long term" : "Short term"}</Badge>
                          <Badge tone={goal.status === "done" ? "success" : "neutral"}>{label(goal.status)}</Badge>
                          <span className="text-muted-foreground">Target {formatCalendarDate(goal.targetDate)}</span>
                        </p>
                      </div>
                      <div className="flex gap-1">
                        {index > 0 ? <ClickButton action={moveGoalAction.bind(null, id, goal.id, "up")} label={`Move goal “${goal.title}” up`}>↑</ClickButton> : null}
                        {index < goals.length - 1 ? <ClickButton action={moveGoalAction.bind(null, id, goal.id, "down")} label={`Move goal “${goal.title}” down`}>↓</ClickButton> : null}
                      </div>
                    </div>
                    {goal.description ? <p className="text-sm text-muted-foreground">{goal.description}</p> : null}
                    <ProgressBar value={goalProgress(goal, steps)} label={`Progress of “${goal.title}”`} />
                    <p className="text-xs text-muted-foreground">{steps.length > 0 ? `Counted from ${steps.length} milestone${steps.length === 1 ? "" : "s"}` : "Set by hand (no milestones)"}</p>
                  </CardHeader>
                  <CardContent className="space-y-5">
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-primary">Edit goal<span className="sr-only"> “{goal.title}”</span></summary>
                      <ActionForm columns={2} className="mt-3" action={saveGoalAction.bind(null, id, goal.id)} fields={goalFields(goal)} submitLabel="Save goal" idPrefix={`goal-${goal.id}`} />
                      <div className="mt-3">
                        <ClickButton action={deleteGoalAction.bind(null, id, goal.id)} label={`Delete goal “${goal.title}” and its milestones`} variant="danger">Delete goal</ClickButton>
                      </div>
                    </details>

                    <div className="space-y-2">
                      <h4 className="font-medium">Milestones</h4>
                      {steps.length === 0 ? <p className="text-sm text-muted-foreground">No milestones.</p> : null}
                      <ol className="space-y-2">
                        {steps.map((m, mi) => (
                          <li key={m.id} className="rounded-md border border-border p-3">
                            <div className="flex flex-wrap items-center gap-2">
                              <ClickButton action={setMilestoneDoneAction.bind(null, id, m.id, m.doneAt == null)} label={m.doneAt ? `Mark milestone “${m.title}” as not reached` : `Mark milestone “${m.title}” as reached`} variant={m.doneAt ? "secondary" : "ghost"}>
                                {m.doneAt ? "✓ Reached" : "Mark reached"}
                              </ClickButton>
                              <span className={m.doneAt ? "min-w-0 flex-1 text-muted-foreground line-through decoration-1" : "min-w-0 flex-1"}>{m.title}</span>
                              <span className="text-sm text-muted-foreground">{formatCalendarDate(m.dueDate)}</span>
                              {isOverdue(m, today) ? <Badge tone="danger">Overdue</Badge> : null}
                              {mi > 0 ? <ClickButton action={moveMilestoneAction.bind(null, id, m.id, "up")} label={`Move milestone “${m.title}” up`} variant="ghost">↑</ClickButton> : null}
                              {mi < steps.length - 1 ? <ClickButton action={moveMilestoneAction.bind(null, id, m.id, "down")} label={`Move milestone “${m.title}” down`} variant="ghost">↓</ClickButton> : null}
                            </div>
                            <details className="mt-2">
                              <summary className="cursor-pointer text-sm text-primary">Edit<span className="sr-only"> milestone “{m.title}”</span></summary>
                              <ActionForm columns={2} className="mt-3" action={saveMilestoneAction.bind(null, id, m.id)} fields={milestoneFields(goal.id, m)} submitLabel="Save milestone" idPrefix={`milestone-${m.id}`} />
                              <div className="mt-3">
                                <ClickButton action={deleteMilestoneAction.bind(null, id, m.id)} label={`Delete milestone “${m.title}”`} variant="danger">Delete milestone</ClickButton>
                              </div>
                            </details>
                          </li>
                        ))}
                      </ol>
                      <details>
                        <summary className="cursor-pointer text-sm font-medium text-primary">Add a milestone<span className="sr-only"> to “{goal.title}”</span></summary>
                        <ActionForm columns={2} className="mt-3" action={saveMilestoneAction.bind(null, id, null)} fields={milestoneFields(goal.id)} submitLabel="Add milestone" idPrefix={`new-milestone-${goal.id}`} resetOnSuccess />
                      </details>
                    </div>

                    <div className="space-y-2">
                      <h4 className="font-medium">Action items</h4>
                      {items.length === 0 ? <p className="text-sm text-muted-foreground">No action items.</p> : null}
                      <ul className="space-y-2">{items.map(itemRow)}</ul>
                      <details>
                        <summary className="cursor-pointer text-sm font-medium text-primary">Add an action<span className="sr-only"> to “{goal.title}”</span></summary>
                        <ActionForm columns={2} className="mt-3" action={saveActionItemAction.bind(null, id, null)} fields={actionItemFields(goalOptions, sessionOptions, undefined, goal.id)} submitLabel="Add action" idPrefix={`new-item-${goal.id}`} resetOnSuccess />
                      </details>
                    </div>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ol>
        <Card>
          <details>
            <summary className="cursor-pointer p-5 text-base font-semibold">Add a goal</summary>
            <CardContent>
              <ActionForm columns={2} action={saveGoalAction.bind(null, id, null)} fields={goalFields()} submitLabel="Add goal" idPrefix="new-goal" resetOnSuccess />
            </CardContent>
          </details>
        </Card>
      </section>

      <section aria-labelledby="loose-heading" className="space-y-3">
        <h2 id="loose-heading" className="text-xl font-semibold">Other action items</h2>
        <p className="text-sm text-muted-foreground">Actions not tied to a goal, for example from session notes.</p>
        {looseItems.length === 0 ? <p className="text-sm text-muted-foreground">None.</p> : <ul className="space-y-2">{looseItems.map(itemRow)}</ul>}
        <details>
          <summary className="cursor-pointer text-sm font-medium text-primary">Add an action</summary>
          <ActionForm columns={2} className="mt-3" action={saveActionItemAction.bind(null, id, null)} fields={actionItemFields(goalOptions, sessionOptions)} submitLabel="Add action" idPrefix="new-item" resetOnSuccess />
        </details>
      </section>

      <Card>
        <CardHeader>
          <CardTitle>Save this plan as a template</CardTitle>
          <p className="text-sm text-muted-foreground">Goals, milestones, actions, skills and learning are kept, with dates counted from the plan&apos;s start; progress and ticks are not.</p>
        </CardHeader>
        <CardContent>
          <ActionForm columns={2} action={saveTemplateAction.bind(null, id)} fields={[{ name: "name", label: "Template name", kind: "text", required: true }, { name: "description", label: "Description", kind: "text" }]} submitLabel="Save as template" idPrefix="template" resetOnSuccess />
        </CardContent>
      </Card>
    </div>
  );
}
