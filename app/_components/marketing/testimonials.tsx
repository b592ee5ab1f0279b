import { Quote } from "lucide-react";

// Illustrative stories from the demo practice that ships with Ambit; a real practice replaces them.
const TESTIMONIALS = [
  {
    quote: "I had been 'good at my job' for six years and had no idea what came next. After three sessions I had a two-year goal I actually believed in, and a first step for Monday.",
    name: "Jordan L.",
    role: "Support engineer, now team lead",
  },
  {
    quote: "The roadmap changed how I talk to my manager. Instead of asking for 'more responsibility', I asked for one specific project, and got it.",
    name: "Sam P.",
    role: "Analyst moving into product",
  },
  {
    quote: "Alex helped me choose one certification instead of three. Eight months later it paid for itself in my next role.",
    name: "Grace O.",
    role: "Operations manager",
  },
];

export function Testimonials() {
  return (
    <div>
      <ul className="grid gap-5 md:grid-cols-3">
        {TESTIMONIALS.map((t) => (
          <li key={t.name}>
            <figure className="flex h-full flex-col rounded-2xl border border-border bg-card p-6 shadow-sm">
              <Quote aria-hidden="true" className="size-6 text-primary/60" />
              <blockquote className="mt-3 flex-1 leading-relaxed text-pretty">&ldquo;{t.quote}&rdquo;</blockquote>
              <figcaption className="mt-5 border-t border-border pt-4 text-sm">
                <span className="font-semibold">{t.name}</span>
                <span className="block text-muted-foreground">{t.role}</span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
      <p className="mt-5 text-sm text-muted-foreground">
        These stories come from the demo practice that ships with Ambit: names and details are illustrative.
      </p>
    </div>
  );
}
