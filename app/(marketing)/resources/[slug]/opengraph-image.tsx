import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/app/_components/marketing/og-image";
import { tagLabel } from "@/app/_components/marketing/tag-label";
import { getAllArticles, getArticle } from "@/lib/content/articles";

export const alt = "Career article";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map(({ slug }) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  return renderOgImage({
    eyebrow: article ? `${article.tags.map(tagLabel).slice(0, 2).join(" · ")} · ${article.readingMinutes} min read` : "Career article",
    title: article?.title ?? "Career articles",
    footnote: article ? `By ${article.author}` : undefined,
  });
}
