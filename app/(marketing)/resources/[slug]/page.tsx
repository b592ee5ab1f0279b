import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Clock } from "lucide-react";
import { ArticleCard } from "@/app/_components/marketing/article-card";
import { BookCallCta } from "@/app/_components/marketing/book-call-cta";
import { JsonLdScript } from "@/app/_components/marketing/json-ld";
import { LocalDate } from "@/app/_components/marketing/local-date";
import { tagLabel } from "@/app/_components/marketing/tag-label";
import { getAllArticles, getArticle, getRelatedArticles, type Article } from "@/lib/content/articles";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/seo/site";

type Props = { params: Promise<{ slug: string }> };

// Every article is built ahead of time; an unknown slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: `/resources/${article.slug}`,
    article: { date: article.date, author: article.author, tags: article.tags },
  });
}

/**
 * Wide tables scroll sideways on phones; keyboard users need to reach that scroll area, so each
 * wrapper becomes a focusable, named region.
 */
function withFocusableTables(html: string): string {
  let n = 0;
  return html.replace(/<div class="table-wrap">/g, () => `<div class="table-wrap" tabindex="0" role="region" aria-label="Table ${++n}">`);
}

/** Long articles get a table of contents of their main sections. */
function tableOfContents(article: Article) {
  const sections = article.toc.filter((entry) => entry.level === 2);
  return article.words >= 700 && sections.length >= 3 ? sections : [];
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const toc = tableOfContents(article);
  const related = getRelatedArticles(article.slug, 3);

  return (
    <article>
      <JsonLdScript data={articleJsonLd(article, siteUrl())} />

      <header className="site-hero border-b border-border/60">
        <div className="mx-auto max-w-6xl px-4 pb-12 pt-10 sm:px-6 sm:pb-14 sm:pt-14">
          <div className="max-w-3xl">
            <Link href="/resources" className="inline-flex items-center gap-1.5 text-sm font-medium text-muted-foreground hover:text-foreground">
              <ArrowLeft aria-hidden="true" className="size-4" />
              All articles
            </Link>
            <ul aria-label="Topics" className="mt-8 flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag}>
                  <Link href={`/resources/tag/${tag}`} className="inline-block rounded-full bg-accent px-3 py-1 text-xs font-medium text-accent-foreground hover:underline">
                    {tagLabel(tag)}
                  </Link>
                </li>
              ))}
            </ul>
            <h1 className="mt-4 text-3xl font-semibold tracking-tight text-balance sm:text-5xl sm:leading-[1.1]">{article.title}</h1>
            <p className="mt-5 text-lg leading-relaxed text-muted-foreground text-pretty sm:text-xl">{article.description}</p>
            <div className="mt-8 flex flex-col gap-3 text-sm text-muted-foreground sm:flex-row sm:items-center sm:gap-4">
              <Link href="/about" className="flex items-center gap-2.5 font-medium text-foreground hover:underline">
                <span aria-hidden="true" className="grid size-9 place-items-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
                  {article.author.split(/\s+/).map((part) => part[0]).join("").slice(0, 2)}
                </span>
                {article.author}
              </Link>
              <span aria-hidden="true" className="hidden sm:inline">·</span>
              <span className="flex items-center gap-4">
                <LocalDate date={article.date} />
                <span aria-hidden="true">·</span>
                <span className="inline-flex items-center gap-1.5">
                  <Clock aria-hidden="true" className="size-4" />
                  {article.readingMinutes} min read
                </span>
              </span>
            </div>
          </div>
        </div>
      </header>

      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-16">
        {toc.length > 0 ? (
          <nav aria-labelledby="toc-title" className="rounded-2xl border border-border bg-card p-5 lg:sticky lg:top-24 lg:col-start-2 lg:row-start-1 lg:self-start lg:border-0 lg:bg-transparent lg:p-0">
            <h2 id="toc-title" className="text-sm font-semibold">On this page</h2>
            <ol className="mt-3 space-y-1.5 border-l border-border text-sm lg:space-y-2">
              {toc.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`} className="-ml-px block border-l-2 border-transparent pl-3 text-muted-foreground hover:border-primary hover:text-foreground">
                    {entry.text}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <div className="prose-ambit max-w-[70ch]" dangerouslySetInnerHTML={{ __html: withFocusableTables(article.html) }} />
          <BookCallCta source={article.slug} className="mt-14 max-w-3xl">
            Reading about your career is a good start. Talking it through is faster. In 30 minutes we&apos;ll look at where you are and the next step worth taking.
          </BookCallCta>
        </div>
      </div>

      {related.length > 0 ? (
        <section aria-labelledby="related-title" className="border-t border-border/70 bg-card/60">
          <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
            <h2 id="related-title" className="text-2xl font-semibold tracking-tight">Keep reading</h2>
            <div className="mt-8 grid gap-5 md:grid-cols-3">
              {related.map((meta) => (
                <ArticleCard key={meta.slug} article={meta} />
              ))}
            </div>
          </div>
        </section>
      ) : null}
    </article>
  );
}
