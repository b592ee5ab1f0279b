// Per-page metadata for the public site: title, description, canonical link and Open Graph.
import type { Metadata } from "next";
import { SITE } from "./site";

type PageMetadataInput = {
  title: string;
  description: string;
  /** The page's path; made absolute against the root layout's metadataBase. */
  path: string;
  /** Set for article pages, so link previews show the date and author. */
  article?: { date: string; author: string; tags: string[] };
  /** For pages whose title should not get the site's " · Ambit" suffix (the home page). */
  absoluteTitle?: boolean;
};

/** The article feed, announced in every page's head (page-level `alternates` replace the root's). */
export const FEED_ALTERNATE = { "application/rss+xml": [{ url: "/feed.xml", title: `${SITE.practiceName}: career articles` }] };

export function pageMetadata({ title, description, path, article, absoluteTitle }: PageMetadataInput): Metadata {
  const openGraphBase = { title, description, url: path, siteName: SITE.practiceName, locale: SITE.openGraphLocale };
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: path, types: FEED_ALTERNATE },
    openGraph: article
      ? { ...openGraphBase, type: "article", publishedTime: article.date, authors: [article.author], tags: article.tags }
      : { ...openGraphBase, type: "website" },
    twitter: { card: "summary_large_image", title, description },
  };
}
