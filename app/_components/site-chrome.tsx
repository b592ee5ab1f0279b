import Link from "next/link";
import { buttonVariants } from "./ui/button";

const NAV = [
  { href: "/services", label: "Services" },
  { href: "/resources", label: "Resources" },
  { href: "/about", label: "About" },
  { href: "/contact", label: "Contact" },
];

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-background/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-primary">Ambit</Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {NAV.map((n) => (
            <Link key={n.href} href={n.href} className="hover:text-primary">{n.label}</Link>
          ))}
          <Link href="/sign-in" className="hover:text-primary">Sign in</Link>
          <Link href="/book" className={buttonVariants({ size: "sm" })}>Book a free call</Link>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted-foreground sm:flex-row sm:justify-between">
        <p>© {new Date().getFullYear()} Alex Morgan Coaching · Ambit</p>
        <nav aria-label="Footer" className="flex flex-wrap gap-4">
          <Link href="/resources">Articles</Link>
          <Link href="/feed.xml">RSS</Link>
          <Link href="/contact">Contact</Link>
          <Link href="/book">Book a free discovery call</Link>
        </nav>
      </div>
    </footer>
  );
}
