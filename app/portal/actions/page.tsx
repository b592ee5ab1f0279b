import type { Metadata } from "next";
import { Badge, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/app/_components/ui";
import { ActionItemRow } from "@/app/_components/plans/action-item-row";
import { ClickButton } from "@/app/_components/plans/click-button";
import { achievementFields } from "@/app/_components/plans/fields";
import { ActionForm } from "@/app/_components/forms/action-form";
import { isOverdue, nextThingsToDo } from "@/lib/plans";
import { addAchievementAction, deleteAchievementAction, setDigestAction, tickActionItemAction } from "../actions";
import { loadClientPlan } from "../load";
import { NoPlanYet } from "../no-plan";
import { getDb } from "@/lib/db";
import { getDigestOptOut } from "@/lib/plans/digest/get-digest-opt-out";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "My actions" };

export default async function ActionsPage() {
  const { user, details, today } = await loadClientPlan("/portal/actions");
  if (!details) return <NoPlanYet title="My actions" />;
  const { actionItems, achievements, goals } = details;
  const goalTitle = new Map(goals.map((g) => [g.id, g.title]));
  // Open items in the roadmap's order (overdue, then soonest); done ones after, latest first.
  const open = nextThingsToDo(actionItems, [], today, actionItems.length, "client").map((t) => t.item);
  const coachOpen = nextThingsToDo(actionItems, [], today, actionItems.length, "coach").map((t) => t.item);
  const done = actionItems.filter((i) => i.doneAt).sort((a, b) => b.doneAt!.getTime() - a.doneAt!.getTime());
  const overdueCount = open.filter((i) => isOverdue(i, today)).length;
  const optedOut = await getDigestOptOut(getDb(), user.id);

  const note = (goalId: string | null) => (goalId && goalTitle.has(goalId) ? <span>Goal: {goalTitle.get(goalId)}</span> : null);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">My actions</h1>
        <p className="text-muted-foreground">
          {open.length} open{overdueCount > 0 ? <>, <Badge tone="danger">{overdueCount} overdue</Badge></> : null}. Tick things off as you go: your coach sees it.
        </p>
      </div>

      <section aria-labelledby="mine-heading" className="space-y-3">
        <h2 id="mine-heading" className="text-xl font-semibold">To do</h2>
        {open.length === 0 ? <EmptyState title="All done">Nothing open right now.</EmptyState> : null}
        <ul className="space-y-2">
          {open.map((item) => (
            <ActionItemRow key={item.id} item={item} today={today} ownerLabel="You" tick={tickActionItemAction.bind(null, item.id, true)} note={note(item.goalId)} />
          ))}
        </ul>
      </section>

      {coachOpen.length > 0 ? (
        <section aria-labelledby="coach-heading" className="space-y-3">
          <h2 id="coach-heading" className="text-xl font-semibold">Your coach is working on</h2>
          <ul className="space-y-2">
            {coachOpen.map((item) => (
              <ActionItemRow key={item.id} item={item} today={today} ownerLabel="Coach" note={note(item.goalId)} />
            ))}
          </ul>
        </section>
      ) : null}

      {done.length > 0 ? (
        <section aria-labelledby="done-heading" className="space-y-3">
          <details>
            <summary className="cursor-pointer">
              <h2 id="done-heading" className="inline text-xl font-semibold">Done ({done.length})</h2>
            </summary>
            <ul className="mt-3 space-y-2">
              {done.map((item) => (
                <ActionItemRow
                  key={item.id}
                  item={item}
                  today={today}
                  ownerLabel={item.owner === "client" ? "You" : "Coach"}
                  tick={item.owner === "client" ? tickActionItemAction.bind(null, item.id, false) : undefined}
                  note={note(item.goalId)}
                />
              ))}
            </ul>
          </details>
        </section>
      ) : null}

      <section aria-labelledby="achievements-heading" className="space-y-3">
        <h2 id="achievements-heading" className="text-xl font-semibold">Achievements</h2>
        <p className="text-sm text-muted-foreground">Dated evidence of your progress: it makes reviews, applications and promotion cases much easier.</p>
        <Card>
          <CardHeader>
            <CardTitle>Add an achievement</CardTitle>
          </CardHeader>
          <CardContent>
            <ActionForm columns={2} action={addAchievementAction} fields={achievementFields(today)} submitLabel="Add achievement" idPrefix="achievement" resetOnSuccess />
          </CardContent>
        </Card>
        {achievements.length === 0 ? null : (
          <ul className="space-y-2">
            {achievements.map((a) => (
              <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-border bg-card p-3">
                <div className="min-w-0">
                  <p className="font-medium">{a.title}</p>
                  <p className="text-sm text-muted-foreground">{formatCalendarDate(a.achievedOn)}{a.addedBy === "coach" ? " · added by your coach" : ""}</p>
                  {a.description ? <p className="mt-1 whitespace-pre-line text-sm">{a.description}</p> : null}
                </div>
                {a.addedBy === "client" ? (
                  <ClickButton action={deleteAchievementAction.bind(null, a.id)} label={`Remove achievement “${a.title}”`} variant="ghost">Remove</ClickButton>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="digest-heading" className="space-y-2 rounded-lg border border-border p-4">
        <h2 id="digest-heading" className="font-semibold">Weekly email</h2>
        <p className="text-sm text-muted-foreground">
          {optedOut ? "You do not receive the Monday summary of due and overdue actions." : "Every Monday you get a short email with the actions due this week and any overdue ones."}
        </p>
        <form action={setDigestAction.bind(null, !optedOut)}>
          <button type="submit" className="text-sm text-primary underline">{optedOut ? "Send me the weekly email again" : "Stop the weekly email"}</button>
        </form>
      </section>
    </div>
  );
}
