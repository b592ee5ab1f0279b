// The article feed (RSS 2.0), built from article metadata so it can be tested without a server.
import { absoluteUrl, SITE } from "./site";

export type FeedArticle = { slug: string; title: string; description: string; date: string; tags: string[]; author: string };

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Control characters are not allowed in XML 1.0 at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}

/** RFC 822 date for a calendar date, at midnight UTC ("Tue, 13 Jan 2026 00:00:00 GMT"). */
export function rssDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toUTCString();
}

/** The RSS document for `articles` (newest first), with absolute links on `origin`. */
export function buildRssFeed(articles: FeedArticle[], origin: string): string {
  const self = absoluteUrl("/feed.xml", origin);
  const items = articles.map((article) => {
    const link = absoluteUrl(`/resources/${article.slug}`, origin);
    return [
      "    <item>",
      `      <title>${escapeXml(article.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <pubDate>${rssDate(article.date)}</pubDate>`,
      `      <dc:creator>${escapeXml(article.author)}</dc:creator>`,
      ...article.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
      `      <description>${escapeXml(article.description)}</description>`,
      "    </item>",
    ].join("\n");
  });
  const newest = articles[0]?.date;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${escapeXml(`${SITE.practiceName}: career articles`)}</title>`,
    `    <link>${escapeXml(absoluteUrl("/resources", origin))}</link>`,
    `    <description>${escapeXml("Practical articles on turning a job into a career: goals, plans, learning and growth.")}</description>`,
    `    <language>${SITE.language}</language>`,
    ...(newest ? [`    <lastBuildDate>${rssDate(newest)}</lastBuildDate>`] : []),
    `    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
