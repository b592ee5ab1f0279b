import Link from "next/link";
import { cn } from "@/app/_components/ui/cn";

const LINKS = [
  { key: "general", href: "/coach/settings", label: "Profile & availability" },
  { key: "types", href: "/coach/settings/meeting-types", label: "Meeting types" },
  { key: "security", href: "/coach/settings/security", label: "Security" },
] as const;

export function SettingsNav({ current }: { current: (typeof LINKS)[number]["key"] }) {
  return (
    <nav aria-label="Settings sections">
      <ul className="flex flex-wrap gap-2 text-sm">
        {LINKS.map((l) => (
          <li key={l.key}>
            <Link href={l.href} aria-current={current === l.key ? "page" : undefined} className={cn("inline-block rounded-md border border-border px-3 py-1.5", current === l.key ? "bg-primary text-primary-foreground" : "bg-card hover:bg-muted")}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
