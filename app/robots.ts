import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/seo/site";

export default function robots(): MetadataRoute.Robots {
  return robotsRules(siteUrl());
}
