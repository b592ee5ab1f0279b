"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "./ui/cn";

export type NavItem = { href: string; label: string };

/** The item for this page: the longest href that the path starts with. */
function currentHref(pathname: string, nav: NavItem[]): string | undefined {
  return nav
    .filter((n) => pathname === n.href || pathname.startsWith(`${n.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/**
 * The signed-in areas' navigation: a row of links on wide screens, a Menu button on a phone.
 * The menu is a <details>, so it opens without JavaScript and from the keyboard.
 */
export function AppNav({ label, nav }: { label: string; nav: NavItem[] }) {
  const pathname = usePathname() ?? "";
  const current = currentHref(pathname, nav);
  const menu = useRef<HTMLDetailsElement>(null);
  // Close the phone menu once a link in it has been followed.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  const links = (className: string) =>
    nav.map((n) => (
      <li key={n.href}>
        <Link href={n.href} aria-current={n.href === current ? "page" : undefined} className={cn(className, n.href === current && "bg-muted font-medium text-foreground")}>
          {n.label}
        </Link>
      </li>
    ));

  return (
    <nav aria-label={label} className="mx-auto max-w-7xl px-4">
      <details ref={menu} className="group pb-2 md:hidden">
        <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-md border border-border px-3 text-sm font-medium [&::-webkit-details-marker]:hidden">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4"><path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" /></svg>
          Menu
          {current ? <span className="font-normal text-muted-foreground">· {nav.find((n) => n.href === current)?.label}</span> : null}
        </summary>
        <ul className="mt-2 grid gap-1 text-sm">{links("flex min-h-11 items-center rounded-md px-3 hover:bg-muted")}</ul>
      </details>
      <ul className="hidden flex-wrap gap-1 text-sm md:flex">{links("inline-block rounded-t-md px-3 py-2 hover:bg-muted")}</ul>
    </nav>
  );
}
