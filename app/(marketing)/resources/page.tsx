import type { Metadata } from "next";
import { ArticleGrid, TagFilter } from "@/app/_components/marketing/article-library";
import { BookCallCta } from "@/app/_components/marketing/book-call-cta";
import { PageIntro } from "@/app/_components/marketing/page-intro";
import { EmptyState } from "@/app/_components/ui";
import { getAllArticles, getAllTags } from "@/lib/content/articles";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Career articles",
  description: "Practical articles on turning a job into a career: the difference between the two, short- and long-term goals, concrete steps, and learning that pays off.",
  path: "/resources",
});

export default function ResourcesPage() {
  const articles = getAllArticles();
  return (
    <>
      <PageIntro eyebrow="Resources" title="Career articles">
        Practical, plain-spoken guides to the questions I hear most: is this a job or a career, which goals matter, and what to do on Monday morning.
      </PageIntro>
      <div className="mx-auto max-w-6xl space-y-10 px-4 py-12 sm:px-6">
        <TagFilter tags={getAllTags()} />
        {articles.length > 0 ? <ArticleGrid articles={articles} featureNewest /> : <EmptyState title="No articles yet">New articles appear here as they are published.</EmptyState>}
        <BookCallCta source="resources" className="mt-16" />
      </div>
    </>
  );
}
