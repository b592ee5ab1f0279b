import Link from "next/link";
import type { ReactNode } from "react";
import { AppNav, type NavItem } from "./app-nav";
import { Button } from "./ui/button";

export type { NavItem };

/** The frame of the signed-in areas (coach workspace and client portal). */
export function AppShell({ area, nav, userLabel, signOut, children }: { area: string; nav: NavItem[]; userLabel: string; signOut: () => Promise<void>; children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
          <div className="flex min-w-0 items-center gap-3">
            <Link href="/" className="text-lg font-semibold text-primary">Ambit</Link>
            <span className="text-sm text-muted-foreground">{area}</span>
          </div>
          <div className="flex min-w-0 items-center gap-3 text-sm">
            <span className="hidden truncate text-muted-foreground sm:inline">{userLabel}</span>
            <form action={signOut}>
              <Button type="submit" variant="secondary" size="sm">Sign out</Button>
            </form>
          </div>
        </div>
        <AppNav label={`${area} navigation`} nav={nav} />
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">{children}</main>
    </div>
  );
}
