import type { Metadata } from "next";
import { Footprints, MessageSquareHeart, Route } from "lucide-react";
import { BookCallCta } from "@/app/_components/marketing/book-call-cta";
import { CoachPortrait } from "@/app/_components/marketing/coach-portrait";
import { JsonLdScript } from "@/app/_components/marketing/json-ld";
import { SectionHeading } from "@/app/_components/marketing/page-intro";
import { getDb } from "@/lib/db";
import { personJsonLd, professionalServiceJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { SITE, siteUrl } from "@/lib/seo/site";
import { getPracticeCoach } from "@/lib/practice";

// The coach edits their profile in the app; this page shows the current one.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: `About ${SITE.coachName}`,
  description: `Meet ${SITE.coachName}, a career coach who helps people who are good at their job decide where it leads, and build the plan to get there.`,
  path: "/about",
});

const PRINCIPLES = [
  { icon: Route, title: "Plans over pep talks", text: "Motivation fades by Thursday. A written plan with dates and next actions is still there on Monday." },
  { icon: Footprints, title: "Small steps, long view", text: "Every short-term goal should point at the long-term one. If it doesn't, we change one of them." },
  { icon: MessageSquareHeart, title: "Honest, and on your side", text: "I'll tell you what I see, kindly and plainly, and I'll remember what you said you wanted." },
];

/** The bio as the coach typed it: paragraphs separated by blank lines. */
function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

export default async function AboutPage() {
  const coach = await getPracticeCoach(getDb());
  const profile = {
    displayName: coach?.displayName ?? SITE.coachName,
    headline: coach?.headline ?? "",
    bio: coach?.bio ?? "",
    photoUrl: coach?.photoUrl ?? null,
  };
  const origin = siteUrl();
  const bio = paragraphs(profile.bio);

  return (
    <>
      <JsonLdScript data={[personJsonLd(profile, origin), professionalServiceJsonLd(origin, profile.displayName)]} />

      <section aria-labelledby="about-title" className="site-hero border-b border-border/60">
        <div className="mx-auto grid max-w-6xl items-start gap-12 px-4 py-14 sm:px-6 sm:py-20 md:grid-cols-[minmax(0,20rem)_1fr] lg:gap-20">
          <CoachPortrait name={profile.displayName} photoUrl={profile.photoUrl} className="mx-auto max-w-48 md:max-w-none" />
          <div>
            <p className="text-sm font-semibold uppercase tracking-wider text-primary">About</p>
            <h1 id="about-title" className="mt-3 text-4xl font-semibold tracking-tight sm:text-5xl">{profile.displayName}</h1>
            {profile.headline ? <p className="mt-4 text-xl leading-relaxed text-muted-foreground text-pretty">{profile.headline}</p> : null}
            <div className="mt-8 max-w-2xl space-y-5 text-lg leading-relaxed text-pretty">
              {bio.length > 0 ? bio.map((p, i) => <p key={i}>{p}</p>) : <p>A career coach who helps people turn the job they have into a career they chose.</p>}
            </div>
          </div>
        </div>
      </section>

      <section aria-labelledby="principles-title" className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
        <SectionHeading id="principles-title" eyebrow="How I work" title="What you can expect from me" />
        <ul className="mt-12 grid gap-5 md:grid-cols-3">
          {PRINCIPLES.map(({ icon: Icon, title, text }) => (
            <li key={title} className="rounded-2xl border border-border bg-card p-6 shadow-sm">
              <span className="grid size-11 place-items-center rounded-xl bg-accent text-accent-foreground">
                <Icon aria-hidden="true" className="size-5" />
              </span>
              <h3 className="mt-5 text-lg font-semibold tracking-tight">{title}</h3>
              <p className="mt-2 leading-relaxed text-muted-foreground">{text}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <BookCallCta source="about" title={`Talk to ${profile.displayName.split(" ")[0]}: book a free discovery call`} />
      </div>
    </>
  );
}
