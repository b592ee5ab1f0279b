import Link from "next/link";
import { ArrowRight, CalendarCheck } from "lucide-react";
import { bookingHref } from "@/lib/seo/site";
import { buttonVariants } from "../ui/button";
import { cn } from "../ui/cn";

type BookCallCtaProps = {
  /** The page or article the visitor is on; carried to the booking page for attribution. */
  source: string;
  title?: string;
  children?: React.ReactNode;
  headingLevel?: "h2" | "h3";
  className?: string;
};

/** The call to action that closes every page: a free discovery call, with its source. */
export function BookCallCta({ source, title = "Book a free discovery call", children, headingLevel: Heading = "h2", className }: BookCallCtaProps) {
  const headingId = `book-call-${source}`;
  return (
    <section aria-labelledby={headingId} className={cn("relative overflow-hidden rounded-3xl border border-warm-border bg-warm p-7 sm:p-10", className)}>
      <div aria-hidden="true" className="pointer-events-none absolute -right-16 -top-16 size-56 rounded-full bg-primary/10" />
      <div className="relative flex flex-col gap-6 md:flex-row md:items-center md:justify-between">
        <div className="max-w-xl">
          <p className="inline-flex items-center gap-2 text-sm font-medium text-warm-foreground">
            <CalendarCheck aria-hidden="true" className="size-4" />
            30 minutes · free · online
          </p>
          <Heading id={headingId} className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{title}</Heading>
          <div className="mt-3 text-base leading-relaxed text-muted-foreground">
            {children ?? "Tell me where you are and where you would like to be. You will leave the call with a clearer next step, whether or not we work together."}
          </div>
        </div>
        <Link href={bookingHref(source)} className={cn(buttonVariants({ size: "lg" }), "shrink-0 rounded-full")}>
          Book your free call
          <ArrowRight aria-hidden="true" className="size-4" />
        </Link>
      </div>
    </section>
  );
}
