import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Badge, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/app/_components/ui";
import { ClickButton } from "@/app/_components/plans/click-button";
import { achievementFields } from "@/app/_components/plans/fields";
import { ActionForm } from "@/app/_components/forms/action-form";
import { addAchievementAction, deleteAchievementAction } from "../actions";
import { loadCoachPlan } from "../load";
import { PlanNav } from "../plan-nav";
import { formatCalendarDate } from "@/lib/format";

export const metadata: Metadata = { title: "Achievements" };

export default async function CoachAchievementsPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const { contact, details, today } = await loadCoachPlan(contactId);
  if (!details) redirect(`/coach/clients/${contact.id}/plan`);
  return (
    <div className="space-y-8">
      <PlanNav contact={contact} active="/achievements" />
      <section aria-labelledby="achievements-heading" className="space-y-4">
        <h2 id="achievements-heading" className="text-xl font-semibold">Achievements</h2>
        {details.achievements.length === 0 ? <EmptyState title="No achievements yet">Dated evidence of progress: a promotion, a certification, a project shipped.</EmptyState> : null}
        <ul className="space-y-3">
          {details.achievements.map((a) => (
            <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-border bg-card p-4">
              <div className="min-w-0 space-y-1">
                <h3 className="font-medium">{a.title}</h3>
                <p className="text-sm text-muted-foreground">
                  {formatCalendarDate(a.achievedOn)} · <Badge tone={a.addedBy === "client" ? "accent" : "neutral"}>Added by {a.addedBy}</Badge>
                </p>
                {a.description ? <p className="whitespace-pre-line text-sm">{a.description}</p> : null}
              </div>
              <ClickButton action={deleteAchievementAction.bind(null, contact.id, a.id)} label={`Delete achievement “${a.title}”`} variant="ghost">Delete</ClickButton>
            </li>
          ))}
        </ul>
      </section>
      <Card>
        <CardHeader>
          <CardTitle>Add an achievement</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm columns={2} action={addAchievementAction.bind(null, contact.id)} fields={achievementFields(today)} submitLabel="Add achievement" idPrefix="new-achievement" resetOnSuccess />
        </CardContent>
      </Card>
    </div>
  );
}
