import type { Metadata } from "next";
import { label } from "@/app/_components/plans/label";
import { ProgressBar } from "@/app/_components/plans/progress-bar";
import { SkillsGapChart } from "@/app/_components/plans/skills-gap-chart";
import { goalProgress, groupMilestonesByGoal, planProgress } from "@/lib/plans";
import { loadClientPlan } from "../../load";
import { NoPlanYet } from "../../no-plan";
import { PrintButton } from "./print-button";
import { formatCalendarDate, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "My career plan (print)" };

export default async function PrintPlanPage() {
  const { contact, details, today } = await loadClientPlan("/portal/plan/print");
  if (!details) return <NoPlanYet title="My career plan" />;
  const { plan, goals, milestones, actionItems, skills, learning, achievements } = details;
  const byGoal = groupMilestonesByGoal(milestones);
  return (
    <article className="mx-auto max-w-3xl space-y-8 print:max-w-none print:space-y-5 print:text-[11pt]">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Career plan: {contact.name}</h1>
          <p className="text-muted-foreground print:text-black">Printed {formatCalendarDate(today, "date")}</p>
        </div>
        <PrintButton />
      </div>

      <section className="space-y-2 print-break">
        <h2 className="border-b border-border pb-1 text-lg font-semibold print:border-black">Direction</h2>
        <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Current role</dt>
          <dd>{plan.currentRole || "—"}</dd>
          <dt className="font-medium">Target role</dt>
          <dd>{plan.targetRole || "—"}</dd>
          <dt className="font-medium">Horizon</dt>
          <dd>{plan.horizonYears} year{plan.horizonYears === 1 ? "" : "s"}{plan.startedOn ? `, from ${formatCalendarDate(plan.startedOn)}` : ""}</dd>
          <dt className="font-medium">Status</dt>
          <dd>{label(plan.status)}</dd>
        </dl>
        {plan.vision ? <p className="whitespace-pre-line text-sm italic">{plan.vision}</p> : null}
        <ProgressBar value={planProgress(goals, byGoal)} label="Overall progress" />
      </section>

      <section className="space-y-4">
        <h2 className="border-b border-border pb-1 text-lg font-semibold print:border-black">Goals</h2>
        {goals.map((goal) => {
          const steps = byGoal.get(goal.id) ?? [];
          const items = actionItems.filter((i) => i.goalId === goal.id);
          return (
            <div key={goal.id} className="space-y-2 print-break">
              <h3 className="font-semibold">
                {goal.title} <span className="text-sm font-normal text-muted-foreground print:text-black">({goal.kind === "long_term" ? "long term" : "short term"}, target {formatCalendarDate(goal.targetDate)}, {label(goal.status).toLowerCase()}, {goalProgress(goal, steps)}%)</span>
              </h3>
              {goal.description ? <p className="text-sm">{goal.description}</p> : null}
              {steps.length > 0 ? (
                <ul className="space-y-0.5 pl-1 text-sm">
                  {steps.map((m) => (
                    <li key={m.id}>
                      <span aria-hidden="true">{m.doneAt ? "☑" : "☐"}</span> {m.title} <span className="text-muted-foreground print:text-black">— {formatCalendarDate(m.dueDate)}</span>
                      <span className="sr-only">{m.doneAt ? " (reached)" : " (not reached)"}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {items.length > 0 ? (
                <ul className="space-y-0.5 pl-1 text-sm">
                  {items.map((i) => (
                    <li key={i.id}>
                      <span aria-hidden="true">{i.doneAt ? "☑" : "☐"}</span> {i.title} <span className="text-muted-foreground print:text-black">— {i.owner === "client" ? "me" : "coach"}, {i.dueDate ? `due ${formatCalendarDate(i.dueDate)}` : "no date"}</span>
                      <span className="sr-only">{i.doneAt ? " (done)" : " (open)"}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </section>

      {skills.length > 0 ? (
        <section className="space-y-2 print-break">
          <h2 className="border-b border-border pb-1 text-lg font-semibold print:border-black">Skills</h2>
          <SkillsGapChart skills={skills} />
        </section>
      ) : null}

      {learning.length > 0 ? (
        <section className="space-y-2 print-break">
          <h2 className="border-b border-border pb-1 text-lg font-semibold print:border-black">Learning plan</h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-border text-left print:border-black">
                <th scope="col" className="py-1 pr-2">Title</th>
                <th scope="col" className="py-1 pr-2">Type</th>
                <th scope="col" className="py-1 pr-2">Status</th>
                <th scope="col" className="py-1">Cost</th>
              </tr>
            </thead>
            <tbody>
              {learning.map((l) => (
                <tr key={l.id} className="border-b border-border print:border-gray-400">
                  <td className="py-1 pr-2">{l.title}{l.provider ? ` (${l.provider})` : ""}</td>
                  <td className="py-1 pr-2">{label(l.kind)}</td>
                  <td className="py-1 pr-2">{label(l.status)}</td>
                  <td className="py-1">{formatMoney(l.costCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {achievements.length > 0 ? (
        <section className="space-y-2 print-break">
          <h2 className="border-b border-border pb-1 text-lg font-semibold print:border-black">Achievements</h2>
          <ul className="space-y-1 text-sm">
            {achievements.map((a) => (
              <li key={a.id}>
                <span className="font-medium">{formatCalendarDate(a.achievedOn)}</span>: {a.title}
                {a.description ? ` — ${a.description}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
