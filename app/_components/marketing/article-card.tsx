import Link from "next/link";
import { Clock } from "lucide-react";
import type { ArticleMeta } from "@/lib/content/articles";
import { cn } from "../ui/cn";
import { LocalDate } from "./local-date";
import { tagLabel } from "./tag-label";

/** One article in a list: the whole card is the link (the title names it). */
export function ArticleCard({ article, headingLevel: Heading = "h3", featured = false, className }: { article: ArticleMeta; headingLevel?: "h2" | "h3"; featured?: boolean; className?: string }) {
  return (
    <article
      className={cn(
        "group relative flex flex-col rounded-2xl border border-border bg-card p-6 shadow-sm transition hover:-translate-y-0.5 hover:border-primary/50 hover:shadow-md",
        featured && "border-warm-border bg-warm sm:p-8",
        className,
      )}
    >
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs font-medium uppercase tracking-wide text-primary">
        {article.tags.slice(0, 2).map((tag) => (
          <span key={tag}>{tagLabel(tag)}</span>
        ))}
      </p>
      <Heading className={cn("mt-3 text-lg font-semibold leading-snug tracking-tight text-balance", featured && "text-2xl sm:text-3xl")}>
        <Link href={`/resources/${article.slug}`} className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none group-focus-within:underline">
          {article.title}
        </Link>
      </Heading>
      <p className={cn("mt-2 flex-1 text-sm leading-relaxed text-muted-foreground", featured && "max-w-xl text-base")}>{article.description}</p>
      <p className="mt-5 flex items-center gap-3 text-xs text-muted-foreground">
        <LocalDate date={article.date} />
        <span aria-hidden="true">·</span>
        <span className="inline-flex items-center gap-1">
          <Clock aria-hidden="true" className="size-3.5" />
          {article.readingMinutes} min read
        </span>
      </p>
    </article>
  );
}
