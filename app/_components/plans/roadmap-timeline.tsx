import { addYears, format } from "date-fns";
import { Badge, cn } from "@/app/_components/ui";
import type { IsoDate, RoadmapItem } from "@/lib/plans";
import { formatCalendarDate } from "@/lib/format";

type Props = { items: RoadmapItem[]; today: IsoDate; end: IsoDate; horizonYears: number };

/**
 * The roadmap from today to the horizon: a band with every goal and milestone placed by date
 * (short-term goals land near, long-term ones far), then the same items as an ordered list,
 * which is what assistive technology and the printed page read.
 */
export function RoadmapTimeline({ items, today, end, horizonYears }: Props) {
  const years = Math.max(1, Math.min(horizonYears, 10));
  // One tick per year; the inner ones are labelled with their month and year.
  const ticks = Array.from({ length: years + 1 }, (_, i) => ({ at: i / years, label: format(addYears(new Date(`${today}T12:00:00Z`), i), "yyyy-MM-dd") }));
  return (
    <div className="space-y-6">
      <div aria-hidden="true" className="relative mx-2 h-24 print:hidden">
        <div className="absolute inset-x-0 top-1/2 h-1 -translate-y-1/2 rounded-full bg-muted" />
        <div className="absolute top-1/2 h-3 w-0.5 -translate-y-1/2 bg-foreground" style={{ left: 0 }} />
        {ticks.map((t, i) => (
          <div key={t.at} className="absolute top-[calc(50%+0.75rem)] h-2 w-px bg-border" style={{ left: `${t.at * 100}%` }}>
            {i > 0 && i < ticks.length - 1 ? <span className="absolute left-1/2 top-3 hidden -translate-x-1/2 whitespace-nowrap text-xs text-muted-foreground sm:block">{formatCalendarDate(t.label, "month")}</span> : null}
          </div>
        ))}
        {items.map((item) => (
          <span
            key={item.id}
            title={`${item.title} — ${formatCalendarDate(item.date)}`}
            className={cn(
              "absolute top-1/2 -translate-x-1/2 -translate-y-1/2 border-2 border-card",
              item.kind === "goal" ? "size-4 rotate-45" : "size-3 rounded-full",
              item.done ? "bg-success" : item.overdue ? "bg-danger" : item.kind === "goal" ? "bg-primary" : "bg-muted-foreground",
              item.kind === "goal" && "z-10",
            )}
            style={{ left: `${item.offset * 100}%`, marginTop: item.kind === "goal" ? "-1.25rem" : undefined }}
          />
        ))}
        <span className="absolute bottom-0 left-0 text-xs font-medium">Today</span>
        <span className="absolute bottom-0 right-0 text-xs text-muted-foreground">{formatCalendarDate(end, "month")}</span>
      </div>
      <p className="sr-only">
        Timeline from {formatCalendarDate(today)} to {formatCalendarDate(end)}, {items.length} goals and milestones.
      </p>
      <ol className="relative space-y-3 border-l-2 border-border pl-6">
        {items.map((item) => (
          <li key={item.id} className="relative print-break">
            <span
              aria-hidden="true"
              className={cn(
                "absolute -left-[1.95rem] top-1.5 border-2 border-card",
                item.kind === "goal" ? "size-3.5 rotate-45" : "size-3 rounded-full",
                item.done ? "bg-success" : item.overdue ? "bg-danger" : item.kind === "goal" ? "bg-primary" : "bg-muted-foreground",
              )}
            />
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <time dateTime={item.date} className="w-full shrink-0 text-sm tabular-nums text-muted-foreground sm:w-28">
                {item.estimated ? "About " : ""}
                {formatCalendarDate(item.date)}
              </time>
              <span className={cn("min-w-0 flex-1", item.kind === "goal" ? "font-semibold" : "", item.done && "text-muted-foreground line-through decoration-1")}>
                {item.kind === "goal" ? "Goal: " : ""}
                {item.title}
              </span>
              {item.done ? <Badge tone="success">Done</Badge> : item.overdue ? <Badge tone="danger">Overdue</Badge> : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
