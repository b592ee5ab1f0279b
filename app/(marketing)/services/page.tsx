import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight, CalendarCheck, Check, Clock } from "lucide-react";
import { BookCallCta } from "@/app/_components/marketing/book-call-cta";
import { PageIntro, SectionHeading } from "@/app/_components/marketing/page-intro";
import { buttonVariants, cn, EmptyState } from "@/app/_components/ui";
import { BuyPackageButton } from "@/app/(marketing)/services/buy-button";
import { formatMoney } from "@/lib/format";
import { listActivePackages } from "@/lib/billing/packages";
import { findMeetingType } from "@/lib/booking/load-slot-rules";
import { getDb } from "@/lib/db";
import { pageMetadata } from "@/lib/seo/metadata";
import { bookingHref } from "@/lib/seo/site";
import { getPracticeCoach } from "@/lib/practice";

// Packages and prices come from the coach's settings, so this page is rendered per request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Coaching packages",
  description: "Start with a free discovery call, then choose a coaching package: a career plan with short- and long-term goals, and sessions that keep you moving.",
  path: "/services",
});

const DISCOVERY_POINTS = ["Talk through where you are and where you'd like to be", "Leave with one clear next step", "Find out whether coaching is right for you"];

const FAQ = [
  { q: "Do I need to know what I want before we start?", a: "No. Most people arrive with a feeling rather than a goal. Turning that feeling into a direction is the first thing we do together." },
  { q: "How are sessions held?", a: "Online, by video, at a time that suits you. Times are always shown in your own time zone when you book." },
  { q: "What happens between sessions?", a: "You work on a small number of agreed actions and tick them off in your portal. I can see your progress, so each session starts where you are." },
  { q: "Which package should I choose?", a: "If you want clarity and a first plan, three sessions is usually enough. If you want support while you act on the plan, six works better. We can decide together on the discovery call." },
];

async function loadOfferings() {
  const db = getDb();
  const coach = await getPracticeCoach(db);
  if (!coach) return { discovery: null, packages: [] };
  const [discovery, packages] = await Promise.all([findMeetingType(db, coach.id, "discovery", { publicOnly: true }), listActivePackages(db, coach.id)]);
  return { discovery, packages };
}

export default async function ServicesPage() {
  const { discovery, packages } = await loadOfferings();
  return (
    <>
      <PageIntro eyebrow="Services" title="Coaching that starts where you are">
        Every client starts with a free conversation. If we decide to work together, a package gives you a written career plan and the sessions to act on it.
      </PageIntro>

      <section aria-labelledby="offers-title" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <h2 id="offers-title" className="sr-only">Ways to work together</h2>
        <ul className="grid gap-6 lg:grid-cols-3">
          <li className="relative flex flex-col rounded-3xl border-2 border-primary bg-card p-7 shadow-md">
            <p className="absolute -top-3.5 left-7 rounded-full bg-primary px-3 py-1 text-xs font-semibold text-primary-foreground">Start here</p>
            <h3 className="text-xl font-semibold tracking-tight">{discovery?.name ?? "Free discovery call"}</h3>
            <p className="mt-3 flex items-baseline gap-2">
              <span className="text-4xl font-semibold tracking-tight">Free</span>
            </p>
            <p className="mt-2 inline-flex items-center gap-1.5 text-sm text-muted-foreground">
              <Clock aria-hidden="true" className="size-4" />
              {discovery?.durationMinutes ?? 30} minutes, online
            </p>
            <p className="mt-4 leading-relaxed text-muted-foreground">
              {discovery?.description || "A free call to talk about where you are, where you want to go, and whether coaching is the right next step."}
            </p>
            <ul className="mt-5 flex-1 space-y-2.5 text-sm">
              {DISCOVERY_POINTS.map((point) => (
                <li key={point} className="flex gap-2.5">
                  <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
                  {point}
                </li>
              ))}
            </ul>
            <Link href={bookingHref("services")} className={cn(buttonVariants(), "mt-7 w-full rounded-full")}>
              <CalendarCheck aria-hidden="true" className="size-4" />
              Book a free discovery call
            </Link>
          </li>

          {packages.map((pkg) => (
            <li key={pkg.id} className="flex flex-col rounded-3xl border border-border bg-card p-7 shadow-sm">
              <h3 className="text-xl font-semibold tracking-tight">{pkg.name}</h3>
              <p className="mt-3 text-4xl font-semibold tracking-tight">{formatMoney(pkg.priceCents, pkg.currency)}</p>
              <p className="mt-2 inline-flex items-center gap-1.5 text-sm text-muted-foreground">
                <CalendarCheck aria-hidden="true" className="size-4" />
                {pkg.sessionCount} {pkg.sessionCount === 1 ? "session" : "sessions"}
                {pkg.sessionCount > 1 ? ` · ${formatMoney(Math.round(pkg.priceCents / pkg.sessionCount), pkg.currency)} each` : null}
              </p>
              {pkg.description ? <p className="mt-4 leading-relaxed text-muted-foreground">{pkg.description}</p> : null}
              {pkg.features.length > 0 ? (
                <ul aria-label={`Included in ${pkg.name}`} className="mt-5 flex-1 space-y-2.5 text-sm">
                  {pkg.features.map((feature) => (
                    <li key={feature} className="flex gap-2.5">
                      <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
                      {feature}
                    </li>
                  ))}
                </ul>
              ) : (
                <div className="flex-1" />
              )}
              <div className="mt-7">
                <BuyPackageButton packageId={pkg.id} packageName={pkg.name} />
              </div>
            </li>
          ))}
        </ul>
        {packages.length === 0 ? (
          <div className="mt-8">
            <EmptyState title="Packages are being prepared">Book a free discovery call and we will find the right way to work together.</EmptyState>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="faq-title" className="border-y border-border/70 bg-card/60">
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-20 sm:px-6 lg:grid-cols-[1fr_1.5fr]">
          <SectionHeading id="faq-title" eyebrow="Questions" title="Before you decide">
            Anything else? <Link href="/contact" className="font-medium text-primary underline">Send me a message</Link>.
          </SectionHeading>
          <div className="divide-y divide-border rounded-2xl border border-border bg-card">
            {FAQ.map((item) => (
              <details key={item.q} className="group p-5 [&_summary::-webkit-details-marker]:hidden">
                <summary className="flex cursor-pointer list-none items-center justify-between gap-4 font-medium">
                  {item.q}
                  <ArrowRight aria-hidden="true" className="size-4 shrink-0 text-primary transition-transform group-open:rotate-90" />
                </summary>
                <p className="mt-3 leading-relaxed text-muted-foreground">{item.a}</p>
              </details>
            ))}
          </div>
        </div>
      </section>

      <div className="mx-auto mt-24 max-w-6xl px-4 sm:px-6">
        <BookCallCta source="services" title="Not sure which package fits?">
          That is exactly what the free discovery call is for. We&apos;ll look at where you are and what kind of support would help most.
        </BookCallCta>
      </div>
    </>
  );
}
