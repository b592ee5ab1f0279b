import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleGrid, TagFilter } from "@/app/_components/marketing/article-library";
import { BookCallCta } from "@/app/_components/marketing/book-call-cta";
import { PageIntro } from "@/app/_components/marketing/page-intro";
import { tagLabel } from "@/app/_components/marketing/tag-label";
import { getAllArticles, getAllTags } from "@/lib/content/articles";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ tag: string }> };

// One static page per tag; any other tag is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map(({ tag }) => ({ tag }));
}

function articlesTagged(tag: string) {
  return getAllArticles().filter((article) => article.tags.includes(tag));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  return pageMetadata({
    title: `Articles on ${tagLabel(tag).toLowerCase()}`,
    description: `Career articles on ${tagLabel(tag).toLowerCase()}, newest first.`,
    path: `/resources/tag/${tag}`,
  });
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const articles = articlesTagged(tag);
  if (articles.length === 0) notFound();
  return (
    <>
      <PageIntro eyebrow="Resources" title={`Articles on ${tagLabel(tag).toLowerCase()}`}>
        {articles.length} {articles.length === 1 ? "article" : "articles"}, newest first.
      </PageIntro>
      <div className="mx-auto max-w-6xl space-y-10 px-4 py-12 sm:px-6">
        <TagFilter tags={getAllTags()} activeTag={tag} />
        <ArticleGrid articles={articles} />
        <BookCallCta source="resources" className="mt-16" />
      </div>
    </>
  );
}
