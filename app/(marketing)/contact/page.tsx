import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight, CalendarCheck, Mail, MessageCircle } from "lucide-react";
import { PageIntro } from "@/app/_components/marketing/page-intro";
import { pageMetadata } from "@/lib/seo/metadata";
import { bookingHref } from "@/lib/seo/site";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = pageMetadata({
  title: "Contact",
  description: "Questions about coaching, packages or an article you read? Send a message and get a personal reply within two working days.",
  path: "/contact",
});

const NEXT_STEPS = [
  { icon: Mail, text: "Your message comes straight to me, not to a support queue." },
  { icon: MessageCircle, text: "I reply personally within two working days." },
  { icon: CalendarCheck, text: "If it helps, we set up a free call to talk it through." },
];

export default function ContactPage() {
  return (
    <>
      <PageIntro eyebrow="Contact" title="Send me a message">
        A question about coaching, a package or something you read? Write a few lines and I&apos;ll get back to you.
      </PageIntro>
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 lg:grid-cols-[1.5fr_1fr] lg:gap-14">
        <ContactForm />
        <div className="space-y-6">
          <section aria-labelledby="next-title" className="rounded-2xl border border-border bg-card p-6 shadow-sm">
            <h2 id="next-title" className="text-lg font-semibold tracking-tight">What happens next</h2>
            <ul className="mt-4 space-y-4">
              {NEXT_STEPS.map(({ icon: Icon, text }) => (
                <li key={text} className="flex gap-3 text-sm leading-relaxed">
                  <span className="grid size-8 shrink-0 place-items-center rounded-lg bg-accent text-accent-foreground">
                    <Icon aria-hidden="true" className="size-4" />
                  </span>
                  <span className="pt-1.5">{text}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="talk-title" className="rounded-2xl border border-warm-border bg-warm p-6">
            <h2 id="talk-title" className="text-lg font-semibold tracking-tight">Rather talk?</h2>
            <p className="mt-2 text-sm leading-relaxed text-muted-foreground">The free 30-minute discovery call is the quickest way to see whether coaching can help.</p>
            <Link href={bookingHref("contact")} className="mt-4 inline-flex items-center gap-2 font-medium text-primary underline-offset-4 hover:underline">
              Book a free discovery call
              <ArrowRight aria-hidden="true" className="size-4" />
            </Link>
          </section>
        </div>
      </div>
    </>
  );
}
