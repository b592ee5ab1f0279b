import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight, CalendarCheck, CircleCheck, Compass, GraduationCap, Map, MessagesSquare, TrendingUp } from "lucide-react";
import { ArticleCard } from "@/app/_components/marketing/article-card";
import { BookCallCta } from "@/app/_components/marketing/book-call-cta";
import { JsonLdScript } from "@/app/_components/marketing/json-ld";
import { SectionHeading } from "@/app/_components/marketing/page-intro";
import { RoadmapPreview } from "@/app/_components/marketing/roadmap-preview";
import { Testimonials } from "@/app/_components/marketing/testimonials";
import { buttonVariants, cn } from "@/app/_components/ui";
import { getAllArticles } from "@/lib/content/articles";
import { professionalServiceJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { bookingHref, SITE, siteUrl } from "@/lib/seo/site";

export const metadata: Metadata = pageMetadata({
  title: `Turn your job into a career · ${SITE.practiceName}`,
  description: SITE.description,
  path: "/",
  absoluteTitle: true,
});

const AUDIENCE = [
  { icon: Compass, title: "You're good at your job, but unsure where it leads", text: "The work is fine, the reviews are fine, and yet you can't say where you'll be in three years. You'd like to decide that, rather than drift into it." },
  { icon: TrendingUp, title: "You want to grow without starting from scratch", text: "You're not after a dramatic leap. You want the next role, more responsibility or a move sideways that builds on what you already do well." },
  { icon: GraduationCap, title: "You're weighing a course, a certificate or a change", text: "Before you spend a year and a budget on learning, you want to know which option will actually move your career forward." },
];

const STEPS = [
  { icon: CalendarCheck, title: "A free discovery call", text: "Thirty minutes to talk about where you are, where you'd like to be and whether coaching is the right next step. No preparation, no obligation." },
  { icon: Map, title: "Your career plan", text: "Together we turn ambition into a roadmap: a long-term goal, short-term goals for the next 90 days, the skills to build and the learning that fits." },
  { icon: MessagesSquare, title: "Coaching that keeps you moving", text: "Regular sessions, clear actions between them, and a private portal where you tick them off and watch your progress add up." },
];

const INCLUDED = [
  "A long-term vision, three to five years out, written in your own words",
  "Short-term goals for the next 90 days, each with milestones and dates",
  "A skills and learning plan: courses, certifications and mentors worth your time",
  "Your own portal with actions, session notes and achievements",
  "Honest feedback and gentle accountability at every session",
];

export default function HomePage() {
  const latest = getAllArticles().slice(0, 3);
  return (
    <>
      <JsonLdScript data={professionalServiceJsonLd(siteUrl())} />

      <section aria-labelledby="hero-title" className="site-hero">
        <div className="mx-auto grid max-w-6xl items-center gap-14 px-4 pb-20 pt-14 sm:px-6 sm:pt-20 lg:grid-cols-[1.15fr_1fr] lg:pb-28">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full border border-warm-border bg-warm px-3 py-1 text-sm font-medium text-warm-foreground">
              Career coaching with {SITE.coachName}
            </p>
            <h1 id="hero-title" className="mt-5 text-4xl font-semibold tracking-tight text-balance sm:text-6xl sm:leading-[1.05]">
              Turn the job you have into a career you chose.
            </h1>
            <p className="mt-6 max-w-xl text-lg leading-relaxed text-muted-foreground text-pretty">
              I help people who are good at their job work out where it should lead, and build the plan that gets them there: short-term wins, long-term direction, and someone in your corner.
            </p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
              <Link href={bookingHref("home")} className={cn(buttonVariants({ size: "lg" }), "rounded-full")}>
                Book a free discovery call
                <ArrowRight aria-hidden="true" className="size-4" />
              </Link>
              <Link href="#how-it-works" className={cn(buttonVariants({ size: "lg", variant: "ghost" }), "rounded-full")}>
                See how it works
              </Link>
            </div>
            <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2 text-sm text-muted-foreground">
              {["30 minutes, free", "No obligation", "Online, in your time zone"].map((item) => (
                <li key={item} className="inline-flex items-center gap-2">
                  <CircleCheck aria-hidden="true" className="size-4 text-primary" />
                  {item}
                </li>
              ))}
            </ul>
          </div>
          <RoadmapPreview />
        </div>
      </section>

      <section aria-labelledby="who-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
        <SectionHeading id="who-title" eyebrow="Who I help" title="For people who want more than the next pay cheque">
          A job pays this month&apos;s bills. A career is the story your work adds up to. If you want that story to be one you chose, we should talk.
        </SectionHeading>
        <ul className="mt-12 grid gap-5 md:grid-cols-3">
          {AUDIENCE.map(({ icon: Icon, title, text }) => (
            <li key={title} className="rounded-2xl border border-border bg-card p-6 shadow-sm">
              <span className="grid size-11 place-items-center rounded-xl bg-accent text-accent-foreground">
                <Icon aria-hidden="true" className="size-5" />
              </span>
              <h3 className="mt-5 text-lg font-semibold leading-snug tracking-tight">{title}</h3>
              <p className="mt-2 leading-relaxed text-muted-foreground">{text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section id="how-it-works" aria-labelledby="how-title" className="scroll-mt-20 border-y border-border/70 bg-card/60">
        <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
          <SectionHeading id="how-title" eyebrow="How it works" title="Three steps, at your pace" />
          <ol className="mt-12 grid gap-8 md:grid-cols-3 md:gap-6">
            {STEPS.map(({ icon: Icon, title, text }, i) => (
              <li key={title} className="relative">
                <div className="flex items-center gap-4">
                  <span className="grid size-12 shrink-0 place-items-center rounded-full bg-primary text-primary-foreground shadow-sm">
                    <Icon aria-hidden="true" className="size-5" />
                  </span>
                  <span aria-hidden="true" className="hidden h-px flex-1 bg-border md:block" />
                </div>
                <p className="mt-5 text-sm font-semibold text-primary">Step {i + 1}</p>
                <h3 className="mt-1 text-xl font-semibold tracking-tight">{title}</h3>
                <p className="mt-2 leading-relaxed text-muted-foreground">{text}</p>
              </li>
            ))}
          </ol>
          <Link href={bookingHref("home")} className="mt-12 inline-flex items-center gap-2 font-medium text-primary underline-offset-4 hover:underline">
            Start with step one: book your free call
            <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        </div>
      </section>

      <section aria-labelledby="get-title" className="mx-auto grid max-w-6xl gap-12 px-4 py-20 sm:px-6 lg:grid-cols-2 lg:items-center">
        <div>
          <SectionHeading id="get-title" eyebrow="What you get" title="A career roadmap with short- and long-term goals">
            Not a personality test and a pep talk. A written plan you own, that we build together and revisit as you grow.
          </SectionHeading>
          <ul className="mt-8 space-y-3.5">
            {INCLUDED.map((item) => (
              <li key={item} className="flex gap-3 leading-relaxed">
                <CircleCheck aria-hidden="true" className="mt-1 size-5 shrink-0 text-primary" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <div className="rounded-2xl border border-border bg-card p-6 shadow-sm">
            <p className="text-xs font-semibold uppercase tracking-wide text-primary">Short-term goals</p>
            <h3 className="mt-2 text-lg font-semibold">Weeks to twelve months</h3>
            <p className="mt-2 text-sm leading-relaxed text-muted-foreground">Concrete steps you control: lead one workshop, finish one course, have three career conversations.</p>
          </div>
          <div className="rounded-2xl border border-warm-border bg-warm p-6 shadow-sm">
            <p className="text-xs font-semibold uppercase tracking-wide text-warm-foreground">Long-term goals</p>
            <h3 className="mt-2 text-lg font-semibold">Three to ten years</h3>
            <p className="mt-2 text-sm leading-relaxed text-muted-foreground">A direction that gives the steps a reason: the role, the field or the kind of work you want to grow into.</p>
          </div>
          <p className="text-sm leading-relaxed text-muted-foreground sm:col-span-2">
            Curious how the two fit together? Read{" "}
            <Link href="/resources/short-term-vs-long-term-career-goals" className="font-medium text-primary underline">
              short-term vs. long-term career goals
            </Link>
            .
          </p>
        </div>
      </section>

      <section aria-labelledby="proof-title" className="border-y border-border/70 bg-card/60">
        <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
          <SectionHeading id="proof-title" eyebrow="Client stories" title="What changes when there's a plan" />
          <div className="mt-12">
            <Testimonials />
          </div>
        </div>
      </section>

      {latest.length > 0 ? (
        <section aria-labelledby="articles-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
            <SectionHeading id="articles-title" eyebrow="Resources" title="Latest career articles" />
            <Link href="/resources" className="inline-flex items-center gap-2 font-medium text-primary underline-offset-4 hover:underline">
              All articles
              <ArrowRight aria-hidden="true" className="size-4" />
            </Link>
          </div>
          <div className="mt-10 grid gap-5 md:grid-cols-3">
            {latest.map((article) => (
              <ArticleCard key={article.slug} article={article} />
            ))}
          </div>
        </section>
      ) : null}

      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <BookCallCta source="home" title="Ready to decide where your work leads?" />
      </div>
    </>
  );
}
