import type { MetadataRoute } from "next";
import { getAllArticles, getAllTags } from "@/lib/content/articles";
import { sitemapEntries } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/seo/site";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getAllArticles(), getAllTags().map(({ tag }) => tag), siteUrl());
}
