import { Check, Flag, Target } from "lucide-react";

const SHORT_TERM = [
  { title: "Lead the Q3 planning workshop", progress: 100 },
  { title: "Finish a course in data storytelling", progress: 60 },
  { title: "Three conversations with product leads", progress: 33 },
];

const MILESTONES = [
  { title: "Career plan agreed", done: true },
  { title: "First stretch project delivered", done: true },
  { title: "Internal move to product", done: false },
];

/** An example of the roadmap a client gets: a long-term goal, short-term goals and milestones. */
export function RoadmapPreview() {
  return (
    <figure className="relative">
      <div aria-hidden="true" className="absolute -inset-4 -z-10 rounded-[2rem] bg-linear-to-br from-primary/15 via-transparent to-warm-border/50 blur-2xl" />
      <div className="rounded-3xl border border-border bg-card p-6 shadow-xl shadow-primary/5 sm:p-7">
        <div className="flex items-center justify-between gap-3">
          <p className="text-sm font-semibold">Career roadmap</p>
          <span className="rounded-full bg-accent px-2.5 py-0.5 text-xs font-medium text-accent-foreground">Example</span>
        </div>

        <div className="mt-5 rounded-2xl bg-warm p-4">
          <p className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-warm-foreground">
            <Flag aria-hidden="true" className="size-3.5" />
            Long-term goal · 3 years
          </p>
          <p className="mt-1.5 font-semibold">Move from operations into product management</p>
        </div>

        <p className="mt-6 flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
          <Target aria-hidden="true" className="size-3.5" />
          Short-term goals · this quarter
        </p>
        <ul className="mt-3 space-y-3.5">
          {SHORT_TERM.map((goal) => (
            <li key={goal.title}>
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span>{goal.title}</span>
                <span className="shrink-0 text-xs tabular-nums text-muted-foreground">{goal.progress}%</span>
              </div>
              <div aria-hidden="true" className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-muted">
                <div className="h-full rounded-full bg-primary" style={{ width: `${goal.progress}%` }} />
              </div>
            </li>
          ))}
        </ul>

        <p className="mt-6 text-xs font-semibold uppercase tracking-wide text-muted-foreground">Milestones</p>
        <ol className="mt-3 space-y-2.5">
          {MILESTONES.map((m) => (
            <li key={m.title} className="flex items-center gap-3 text-sm">
              <span
                className={
                  m.done
                    ? "grid size-5 shrink-0 place-items-center rounded-full bg-primary text-primary-foreground"
                    : "size-5 shrink-0 rounded-full border-2 border-dashed border-input"
                }
              >
                {m.done ? <Check aria-hidden="true" className="size-3" strokeWidth={3} /> : null}
              </span>
              <span className={m.done ? "" : "text-muted-foreground"}>
                {m.title}
                <span className="sr-only">{m.done ? " (done)" : " (next)"}</span>
              </span>
            </li>
          ))}
        </ol>
      </div>
      <figcaption className="sr-only">An example career roadmap with a long-term goal, short-term goals and milestones.</figcaption>
    </figure>
  );
}
