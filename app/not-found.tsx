import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { ArticleCard } from "./_components/marketing/article-card";
import { SiteFooter, SiteHeader } from "./_components/site-chrome";
import { buttonVariants, cn } from "./_components/ui";
import { getAllArticles } from "@/lib/content/articles";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  const suggestions = getAllArticles().slice(0, 3);
  return (
    <>
      <SiteHeader />
      <main id="main">
        <section className="site-hero border-b border-border/60">
          <div className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6 sm:py-28">
            <p className="text-sm font-semibold uppercase tracking-wider text-primary">404 · Page not found</p>
            <h1 className="mt-3 text-4xl font-semibold tracking-tight text-balance sm:text-5xl">This path doesn&apos;t lead anywhere</h1>
            <p className="mx-auto mt-5 max-w-xl text-lg leading-relaxed text-muted-foreground">
              The page may have moved, or the address has a typo. Careers have detours too; here are a few ways back.
            </p>
            <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
              <Link href="/" className={cn(buttonVariants({ size: "lg" }), "rounded-full")}>Go to the home page</Link>
              <Link href="/resources" className={cn(buttonVariants({ size: "lg", variant: "secondary" }), "rounded-full")}>
                Browse the articles
                <ArrowRight aria-hidden="true" className="size-4" />
              </Link>
            </div>
          </div>
        </section>
        {suggestions.length > 0 ? (
          <section aria-labelledby="suggested-title" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
            <h2 id="suggested-title" className="text-2xl font-semibold tracking-tight">Recent articles</h2>
            <div className="mt-8 grid gap-5 md:grid-cols-3">
              {suggestions.map((article) => (
                <ArticleCard key={article.slug} article={article} />
              ))}
            </div>
          </section>
        ) : null}
      </main>
      <SiteFooter />
    </>
  );
}
