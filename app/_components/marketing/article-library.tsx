import Link from "next/link";
import type { ArticleMeta } from "@/lib/content/articles";
import { cn } from "../ui/cn";
import { ArticleCard } from "./article-card";
import { tagLabel } from "./tag-label";

/** The tag filter: static links, so it works without JavaScript and every tag page can be indexed. */
export function TagFilter({ tags, activeTag }: { tags: { tag: string; count: number }[]; activeTag?: string }) {
  const chip = (active: boolean) =>
    cn(
      "inline-flex items-center gap-1.5 rounded-full border px-3.5 py-1.5 text-sm transition-colors",
      active ? "border-primary bg-primary text-primary-foreground" : "border-border bg-card hover:border-primary/60 hover:text-foreground",
    );
  return (
    <nav aria-label="Filter articles by topic">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/resources" className={chip(!activeTag)} aria-current={!activeTag ? "page" : undefined}>
            All topics
          </Link>
        </li>
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <Link href={`/resources/tag/${tag}`} className={chip(activeTag === tag)} aria-current={activeTag === tag ? "page" : undefined}>
              {tagLabel(tag)}
              <span className="text-xs opacity-75">
                {count}
                <span className="sr-only"> {count === 1 ? "article" : "articles"}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Articles newest first, as cards whose titles are h2s (the list is the page's main content).
 * `featureNewest` gives the newest article a wider card.
 */
export function ArticleGrid({ articles, featureNewest = false }: { articles: ArticleMeta[]; featureNewest?: boolean }) {
  return (
    <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article, i) => {
        const featured = featureNewest && i === 0;
        return <ArticleCard key={article.slug} article={article} headingLevel="h2" featured={featured} className={featured ? "sm:col-span-2" : undefined} />;
      })}
    </div>
  );
}
