import type { ReactNode } from "react";
import { cn } from "../ui/cn";

/** The top of an inner page: a short label, the page's h1 and an introduction. */
export function PageIntro({ eyebrow, title, children, className }: { eyebrow: string; title: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div className={cn("site-hero border-b border-border/60", className)}>
      <div className="mx-auto max-w-6xl px-4 pb-12 pt-14 sm:px-6 sm:pb-16 sm:pt-20">
        <p className="text-sm font-semibold uppercase tracking-wider text-primary">{eyebrow}</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{title}</h1>
        {children ? <div className="mt-5 max-w-2xl text-lg leading-relaxed text-muted-foreground text-pretty">{children}</div> : null}
      </div>
    </div>
  );
}

/** A section heading with a small label above it. */
export function SectionHeading({ eyebrow, title, children, id, className }: { eyebrow?: string; title: string; children?: ReactNode; id?: string; className?: string }) {
  return (
    <div className={cn("max-w-2xl", className)}>
      {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wider text-primary">{eyebrow}</p> : null}
      <h2 id={id} className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">{title}</h2>
      {children ? <div className="mt-4 text-lg leading-relaxed text-muted-foreground text-pretty">{children}</div> : null}
    </div>
  );
}
