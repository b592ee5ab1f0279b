import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Badge, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/app/_components/ui";
import { ClickButton } from "@/app/_components/plans/click-button";
import { learningFields, skillFields } from "@/app/_components/plans/fields";
import { label } from "@/app/_components/plans/label";
import { ActionForm } from "@/app/_components/forms/action-form";
import { SkillsGapChart } from "@/app/_components/plans/skills-gap-chart";
import { deleteLearningAction, deleteSkillAction, saveLearningAction, saveSkillAction } from "../actions";
import { loadCoachPlan } from "../load";
import { PlanNav } from "../plan-nav";
import { formatCalendarDate, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Skills and learning" };

export default async function CoachGrowthPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const { contact, details } = await loadCoachPlan(contactId);
  if (!details) redirect(`/coach/clients/${contact.id}/plan`);
  const id = contact.id;
  return (
    <div className="space-y-8">
      <PlanNav contact={contact} active="/growth" />
      <Card>
        <CardHeader>
          <CardTitle>Skills gap</CardTitle>
        </CardHeader>
        <CardContent className="space-y-6">
          {details.skills.length === 0 ? <EmptyState title="No skills yet">Add the skills that matter for the target role.</EmptyState> : <SkillsGapChart skills={details.skills} />}
          <ul className="divide-y divide-border rounded-md border border-border">
            {details.skills.map((k) => (
              <li key={k.id} className="p-3">
                <details>
                  <summary className="cursor-pointer text-sm">Edit <span className="font-medium">{k.name}</span></summary>
                  <ActionForm columns={2} className="mt-3" action={saveSkillAction.bind(null, id, k.id)} fields={skillFields(k)} submitLabel="Save skill" idPrefix={`skill-${k.id}`} />
                  <div className="mt-3">
                    <ClickButton action={deleteSkillAction.bind(null, id, k.id)} label={`Delete skill “${k.name}”`} variant="danger">Delete skill</ClickButton>
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <details>
            <summary className="cursor-pointer text-sm font-medium text-primary">Add a skill</summary>
            <ActionForm columns={2} className="mt-3" action={saveSkillAction.bind(null, id, null)} fields={skillFields()} submitLabel="Add skill" idPrefix="new-skill" resetOnSuccess />
          </details>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Learning plan</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {details.learning.length === 0 ? <EmptyState title="No learning planned">Degrees, courses, certifications and mentoring go here.</EmptyState> : null}
          <ul className="space-y-3">
            {details.learning.map((l) => (
              <li key={l.id} className="rounded-md border border-border p-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="font-medium">{l.title}</h3>
                    <p className="text-sm text-muted-foreground">
                      {label(l.kind)}
                      {l.provider ? ` · ${l.provider}` : ""} · {l.startDate || l.endDate ? `${formatCalendarDate(l.startDate)} – ${formatCalendarDate(l.endDate)}` : "Dates not set"} · {formatMoney(l.costCents)}
                    </p>
                  </div>
                  <Badge tone={l.status === "done" ? "success" : l.status === "in_progress" ? "accent" : "neutral"}>{label(l.status)}</Badge>
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-primary">Edit<span className="sr-only"> “{l.title}”</span></summary>
                  <ActionForm columns={2} className="mt-3" action={saveLearningAction.bind(null, id, l.id)} fields={learningFields(l)} submitLabel="Save learning" idPrefix={`learning-${l.id}`} />
                  <div className="mt-3">
                    <ClickButton action={deleteLearningAction.bind(null, id, l.id)} label={`Delete “${l.title}”`} variant="danger">Delete</ClickButton>
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <details>
            <summary className="cursor-pointer text-sm font-medium text-primary">Add learning</summary>
            <ActionForm columns={2} className="mt-3" action={saveLearningAction.bind(null, id, null)} fields={learningFields()} submitLabel="Add learning" idPrefix="new-learning" resetOnSuccess />
          </details>
        </CardContent>
      </Card>
    </div>
  );
}
