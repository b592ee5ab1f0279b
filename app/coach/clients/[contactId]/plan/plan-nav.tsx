import Link from "next/link";
import { cn } from "@/app/_components/ui";

const TABS = [
  { href: "", label: "Goals & actions" },
  { href: "/growth", label: "Skills & learning" },
  { href: "/achievements", label: "Achievements" },
  { href: "/job-search", label: "Job search" },
] as const;

export type PlanTab = (typeof TABS)[number]["href"];

/** The plan editor's title and its tabs. */
export function PlanNav({ contact, active, hasPlan = true }: { contact: { id: string; name: string }; active: PlanTab; hasPlan?: boolean }) {
  const base = `/coach/clients/${contact.id}/plan`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">{contact.name}&apos;s career plan</h1>
        <Link href={`/coach/contacts/${contact.id}`} className="text-sm text-primary underline">Contact details and timeline</Link>
      </div>
      {hasPlan ? (
        <nav aria-label="Plan sections" className="overflow-x-auto border-b border-border">
          <ul className="flex gap-1 text-sm">
            {TABS.map((tab) => (
              <li key={tab.href}>
                <Link
                  href={`${base}${tab.href}`}
                  aria-current={tab.href === active ? "page" : undefined}
                  className={cn("inline-block whitespace-nowrap rounded-t-md px-3 py-2 hover:bg-muted", tab.href === active && "border-b-2 border-primary font-semibold text-primary")}
                >
                  {tab.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
