import type { Metadata } from "next";
import { Badge, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/app/_components/ui";
import { ClickButton } from "@/app/_components/plans/click-button";
import { label } from "@/app/_components/plans/label";
import { SkillsGapChart } from "@/app/_components/plans/skills-gap-chart";
import { setLearningDoneAction } from "../actions";
import { loadClientPlan } from "../load";
import { NoPlanYet } from "../no-plan";
import { formatCalendarDate, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Skills and learning" };

export default async function GrowthPage() {
  const { details } = await loadClientPlan("/portal/growth");
  if (!details) return <NoPlanYet title="Skills and learning" />;
  const { skills, learning } = details;
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Skills and learning</h1>
        <p className="text-muted-foreground">Where your skills are now, where your target role needs them, and the learning that closes the gap. Your coach keeps these up to date with you.</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Skills gap</CardTitle>
        </CardHeader>
        <CardContent>
          {skills.length === 0 ? <EmptyState title="No skills yet">Your coach will add them with you.</EmptyState> : <SkillsGapChart skills={skills} />}
        </CardContent>
      </Card>
      <section aria-labelledby="learning-heading" className="space-y-3">
        <h2 id="learning-heading" className="text-xl font-semibold">Learning plan</h2>
        {learning.length === 0 ? <EmptyState title="No learning planned yet" /> : null}
        <ul className="space-y-3">
          {learning.map((l) => (
            <li key={l.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-border bg-card p-4">
              <div className="min-w-0 space-y-1">
                <h3 className="font-semibold">{l.title}</h3>
                <p className="text-sm text-muted-foreground">
                  {label(l.kind)}
                  {l.provider ? ` · ${l.provider}` : ""}
                  {l.startDate || l.endDate ? ` · ${formatCalendarDate(l.startDate)} – ${formatCalendarDate(l.endDate)}` : ""}
                  {l.costCents != null ? ` · ${formatMoney(l.costCents)}` : ""}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <Badge tone={l.status === "done" ? "success" : l.status === "in_progress" ? "accent" : "neutral"}>{label(l.status)}</Badge>
                <ClickButton action={setLearningDoneAction.bind(null, l.id, l.status !== "done")} label={l.status === "done" ? `Mark “${l.title}” as not done` : `Mark “${l.title}” as done`} variant={l.status === "done" ? "ghost" : "secondary"}>
                  {l.status === "done" ? "Undo" : "Mark done"}
                </ClickButton>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
