import Link from "next/link";
import { Rss } from "lucide-react";
import { SITE } from "@/lib/seo/site";
import { BookCallLink } from "./marketing/book-call-link";
import { buttonVariants } from "./ui/button";
import { cn } from "./ui/cn";

const NAV = [
  { href: "/services", label: "Services" },
  { href: "/resources", label: "Resources" },
  { href: "/about", label: "About" },
  { href: "/contact", label: "Contact" },
];

/** The brand mark: a path that climbs, for a career that goes somewhere. */
function LogoMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className="size-8 shrink-0">
      <rect width="32" height="32" rx="9" className="fill-primary" />
      <path d="M8 22.5 L14 16.5 L18 19.5 L24.5 11" fill="none" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" className="stroke-primary-foreground" />
      <circle cx="24.5" cy="11" r="2.4" className="fill-primary-foreground" />
    </svg>
  );
}

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-border/70 bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2.5 sm:px-6">
        <Link href="/" className="flex items-center gap-2.5 rounded-md py-1">
          <LogoMark />
          <span className="flex flex-col leading-tight">
            <span className="text-base font-semibold tracking-tight">{SITE.brand}</span>
            <span className="hidden text-xs text-muted-foreground sm:block">{SITE.practiceName}</span>
          </span>
        </Link>
        <nav aria-label="Main" className="order-last -mx-1 w-full overflow-x-auto md:order-none md:mx-0 md:w-auto">
          <ul className="flex items-center gap-1 text-sm">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} className="inline-block rounded-md px-2.5 py-1.5 text-foreground/85 transition-colors hover:bg-muted hover:text-foreground">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <Link href="/sign-in" className="rounded-md px-2.5 py-1.5 text-sm text-foreground/85 transition-colors hover:bg-muted hover:text-foreground">
            Sign in
          </Link>
          <BookCallLink className={cn(buttonVariants({ size: "sm" }), "h-9 rounded-full px-4")}>Book a free call</BookCallLink>
        </div>
      </div>
    </header>
  );
}

const FOOTER_GROUPS = [
  {
    title: "Explore",
    links: [
      { href: "/services", label: "Coaching packages" },
      { href: "/resources", label: "Career articles" },
      { href: "/about", label: `About ${SITE.coachName}` },
      { href: "/contact", label: "Contact" },
    ],
  },
  {
    title: "Clients",
    links: [
      { href: "/sign-in", label: "Sign in to your roadmap" },
      { href: "/feed.xml", label: "Article feed (RSS)" },
    ],
  },
];

const footerLinkClass = "inline-flex items-center gap-1.5 text-muted-foreground hover:text-foreground hover:underline";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-border bg-card/60">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[1.4fr_1fr_1fr]">
        <div className="max-w-sm space-y-4">
          <Link href="/" className="flex items-center gap-2.5">
            <LogoMark />
            <span className="font-semibold tracking-tight">{SITE.practiceName}</span>
          </Link>
          <p className="text-sm leading-relaxed text-muted-foreground">
            Career coaching for people who are good at their job and ready to decide where it leads.
          </p>
          <BookCallLink className={cn(buttonVariants({ size: "sm" }), "h-9 rounded-full px-4")}>Book a free discovery call</BookCallLink>
        </div>
        {FOOTER_GROUPS.map((group) => (
          <nav key={group.title} aria-label={group.title} className="text-sm">
            <h2 className="font-semibold">{group.title}</h2>
            <ul className="mt-3 space-y-2">
              {group.links.map((l) => (
                <li key={l.href}>
                  {l.href === "/feed.xml" ? (
                    // A plain link: the feed is XML, not a page to prefetch.
                    <a href={l.href} className={footerLinkClass}>
                      <Rss aria-hidden="true" className="size-3.5" />
                      {l.label}
                    </a>
                  ) : (
                    <Link href={l.href} className={footerLinkClass}>{l.label}</Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
      <div className="border-t border-border">
        <p className="mx-auto max-w-6xl px-4 py-5 text-xs text-muted-foreground sm:px-6">
          © {new Date().getFullYear()} {SITE.practiceName} · Runs on {SITE.brand}
        </p>
      </div>
    </footer>
  );
}
