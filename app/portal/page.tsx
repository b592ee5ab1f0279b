import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui";
import { ProgressBar } from "@/app/_components/plans/progress-bar";
import { RoadmapTimeline } from "@/app/_components/plans/roadmap-timeline";
import { goalProgress, groupMilestonesByGoal, nextThingsToDo, planProgress, roadmapEnd, roadmapLayout } from "@/lib/plans";
import { loadClientPlan } from "./load";
import { NoPlanYet } from "./no-plan";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "My roadmap" };

export default async function RoadmapPage() {
  const { contact, details, today } = await loadClientPlan("/portal");
  if (!details) return <NoPlanYet title={`Hello, ${contact.name.split(" ")[0]}`} />;
  const { plan, goals, milestones, actionItems } = details;
  const byGoal = groupMilestonesByGoal(milestones);
  const mine = actionItems.filter((i) => i.owner === "client");
  const next = nextThingsToDo(actionItems, milestones, today, 3, "client");
  const items = roadmapLayout({ today, horizonYears: plan.horizonYears, goals, milestones });
  const end = roadmapEnd(today, plan.horizonYears);
  const shortTerm = goals.filter((g) => g.kind === "short_term" && g.status !== "dropped");
  const longTerm = goals.filter((g) => g.kind === "long_term" && g.status !== "dropped");

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Your roadmap, {contact.name.split(" ")[0]}</h1>
        <p className="text-muted-foreground">
          {plan.currentRole || "Where you are"} <span aria-hidden="true">→</span><span className="sr-only">to</span> <strong className="text-foreground">{plan.targetRole || "where you are going"}</strong>, over {plan.horizonYears} year{plan.horizonYears === 1 ? "" : "s"}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Overall progress</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            <ProgressBar value={planProgress(goals, byGoal)} label="Overall progress of your plan" />
            <dl className="grid gap-2 sm:grid-cols-3 sm:gap-3 sm:text-center">
              {[
                { label: "Milestones reached", value: `${milestones.filter((m) => m.doneAt).length} of ${milestones.length}` },
                { label: "Your actions done", value: `${mine.filter((i) => i.doneAt).length} of ${mine.length}` },
                { label: "Achievements", value: String(details.achievements.length) },
              ].map((stat) => (
                <div key={stat.label} className="flex items-center justify-between rounded-md bg-muted px-3 py-2 sm:block sm:p-3">
                  <dt className="text-xs text-muted-foreground">{stat.label}</dt>
                  <dd className="text-lg font-semibold tabular-nums">{stat.value}</dd>
                </div>
              ))}
            </dl>
            {plan.vision ? <blockquote className="border-l-4 border-primary pl-3 text-sm italic text-muted-foreground">{plan.vision}</blockquote> : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Next three things to do</CardTitle>
          </CardHeader>
          <CardContent>
            {next.length === 0 ? (
              <p className="text-sm text-muted-foreground">Nothing open. Enjoy the moment, or talk to your coach about what comes next.</p>
            ) : (
              <ol className="list-decimal space-y-2 pl-5 text-sm">
                {next.map((thing) => (
                  <li key={thing.id}>
                    <span className="font-medium">{thing.title}</span>
                    <span className="block text-muted-foreground">
                      {thing.kind === "milestone" ? "Milestone · " : ""}
                      {thing.dueDate ? `Due ${formatCalendarDate(thing.dueDate)}` : "No due date"} {thing.overdue ? <Badge tone="danger">Overdue</Badge> : null}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <Link href="/portal/actions" className="mt-3 inline-block text-sm text-primary underline">All my actions</Link>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Timeline</CardTitle>
          <p className="text-sm text-muted-foreground">From today to {formatCalendarDate(end)}. Diamonds are goals, dots are milestones; green is done, red is overdue.</p>
        </CardHeader>
        <CardContent>
          <RoadmapTimeline items={items} today={today} end={end} horizonYears={plan.horizonYears} />
        </CardContent>
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        {[
          { title: "Short-term goals", list: shortTerm },
          { title: "Long-term goals", list: longTerm },
        ].map((group) => (
          <section key={group.title} aria-labelledby={`${group.title}-heading`.replaceAll(" ", "-")} className="space-y-3">
            <h2 id={`${group.title}-heading`.replaceAll(" ", "-")} className="text-xl font-semibold">{group.title}</h2>
            {group.list.length === 0 ? <p className="text-sm text-muted-foreground">None yet.</p> : null}
            <ul className="space-y-3">
              {group.list.map((goal) => {
                const steps = byGoal.get(goal.id) ?? [];
                return (
                  <li key={goal.id} className="rounded-lg border border-border bg-card p-4">
                    <h3 className="font-semibold">{goal.title}</h3>
                    <p className="text-sm text-muted-foreground">Target {formatCalendarDate(goal.targetDate)}{steps.length ? ` · ${steps.filter((m) => m.doneAt).length} of ${steps.length} milestones reached` : ""}</p>
                    <ProgressBar className="mt-2" value={goalProgress(goal, steps)} label={`Progress of “${goal.title}”`} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
