// What search engines are told to index (sitemap) and to leave alone (robots).
import type { MetadataRoute } from "next";
import { absoluteUrl } from "./site";

/** The public pages besides articles, with how much they matter relative to each other. */
export const PUBLIC_PAGES = [
  { path: "/", priority: 1, changeFrequency: "weekly" },
  { path: "/services", priority: 0.9, changeFrequency: "monthly" },
  { path: "/about", priority: 0.8, changeFrequency: "monthly" },
  { path: "/resources", priority: 0.8, changeFrequency: "weekly" },
  { path: "/contact", priority: 0.5, changeFrequency: "yearly" },
] as const;

/** Areas that are private or per-visitor: signed-in workspaces, APIs, dev tools, booking links. */
export const PRIVATE_PATHS = ["/coach", "/portal", "/api", "/dev", "/booking"] as const;

type SitemapArticle = { slug: string; date: string };

export function sitemapEntries(articles: SitemapArticle[], tags: string[], origin: string): MetadataRoute.Sitemap {
  const newest = articles.map((a) => a.date).sort().at(-1);
  const pages = PUBLIC_PAGES.map((page) => ({
    url: absoluteUrl(page.path, origin),
    changeFrequency: page.changeFrequency,
    priority: page.priority,
    ...(page.path === "/resources" && newest ? { lastModified: newest } : {}),
  }));
  const articleEntries = articles.map((article) => ({
    url: absoluteUrl(`/resources/${article.slug}`, origin),
    lastModified: article.date,
    changeFrequency: "yearly" as const,
    priority: 0.7,
  }));
  const tagEntries = tags.map((tag) => ({
    url: absoluteUrl(`/resources/tag/${tag}`, origin),
    changeFrequency: "monthly" as const,
    priority: 0.3,
  }));
  return [...pages, ...articleEntries, ...tagEntries];
}

export function robotsRules(origin: string): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: [...PRIVATE_PATHS] }],
    sitemap: absoluteUrl("/sitemap.xml", origin),
  };
}
