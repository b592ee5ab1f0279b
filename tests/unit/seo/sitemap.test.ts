import { describe, expect, it } from "vitest";
import { robotsRules, sitemapEntries } from "@/lib/seo/sitemap";

describe("sitemap and robots", () => {
  it("list the public pages, every article and every tag page with absolute URLs", () => {
    const entries = sitemapEntries([{ slug: "a", date: "2026-01-01" }, { slug: "b", date: "2026-03-01" }], ["goals"], "https://coach.example");
    const urls = entries.map((e) => e.url);
    expect(urls).toEqual(expect.arrayContaining([
      "https://coach.example/",
      "https://coach.example/about",
      "https://coach.example/services",
      "https://coach.example/resources",
      "https://coach.example/contact",
      "https://coach.example/resources/a",
      "https://coach.example/resources/b",
      "https://coach.example/resources/tag/goals",
    ]));
    expect(entries.find((e) => e.url.endsWith("/resources"))?.lastModified).toBe("2026-03-01");
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("keep crawlers out of private areas and point them to the sitemap", () => {
    const robots = robotsRules("https://coach.example");
    const rules = Array.isArray(robots.rules) ? robots.rules[0] : robots.rules;
    expect(rules.disallow).toEqual(["/coach", "/portal", "/api", "/dev", "/booking"]);
    expect(robots.sitemap).toBe("https://coach.example/sitemap.xml");
  });
});
