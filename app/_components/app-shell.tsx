import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./ui/button";

export type NavItem = { href: string; label: string };

/** The frame of the signed-in areas (coach workspace and client portal). */
export function AppShell({ area, nav, userLabel, signOut, children }: { area: string; nav: NavItem[]; userLabel: string; signOut: () => Promise<void>; children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-3">
            <Link href="/" className="text-lg font-semibold text-primary">Ambit</Link>
            <span className="text-sm text-muted-foreground">{area}</span>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-muted-foreground">{userLabel}</span>
            <form action={signOut}>
              <Button type="submit" variant="secondary" size="sm">Sign out</Button>
            </form>
          </div>
        </div>
        <nav aria-label={`${area} navigation`} className="mx-auto max-w-7xl overflow-x-auto px-4">
          <ul className="flex gap-1 text-sm">
            {nav.map((n) => (
              <li key={n.href}>
                <Link href={n.href} className="inline-block rounded-t-md px-3 py-2 hover:bg-muted">{n.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </div>
  );
}
