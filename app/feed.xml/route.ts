import { getAllArticles } from "@/lib/content/articles";
import { buildRssFeed } from "@/lib/seo/feed";
import { siteUrl } from "@/lib/seo/site";

// Built once with the site: the articles only change with a new build.
export const dynamic = "force-static";

export function GET() {
  return new Response(buildRssFeed(getAllArticles(), siteUrl()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
