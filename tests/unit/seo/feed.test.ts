import { describe, expect, it } from "vitest";
import { buildRssFeed, escapeXml, rssDate } from "@/lib/seo/feed";

const articles = [
  { slug: "newer", title: "Goals & plans <2026>", description: "Short \"and\" long", date: "2026-02-24", tags: ["goals"], author: "Alex Morgan" },
  { slug: "older", title: "Job vs. career", description: "The difference", date: "2026-01-13", tags: ["growth", "career-planning"], author: "Alex Morgan" },
];

describe("RSS feed", () => {
  it("lists every article with an absolute link, a date and its tags", () => {
    const xml = buildRssFeed(articles, "https://coach.example");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain("<link>https://coach.example/resources/newer</link>");
    expect(xml).toContain("<pubDate>Tue, 24 Feb 2026 00:00:00 GMT</pubDate>");
    expect(xml).toContain("<category>career-planning</category>");
    expect(xml).toContain('<atom:link href="https://coach.example/feed.xml" rel="self"');
    expect(xml.indexOf("newer")).toBeLessThan(xml.indexOf("older"));
  });

  it("escapes text so the document stays well formed", () => {
    const xml = buildRssFeed(articles, "https://coach.example");
    expect(xml).toContain("<title>Goals &amp; plans &lt;2026&gt;</title>");
    expect(escapeXml("a\u0001b'\"")).toBe("ab&apos;&quot;");
  });

  it("has no items and no build date when there are no articles", () => {
    const xml = buildRssFeed([], "https://coach.example");
    expect(xml).not.toContain("<item>");
    expect(xml).not.toContain("lastBuildDate");
    expect(rssDate("2026-01-13")).toBe("Tue, 13 Jan 2026 00:00:00 GMT");
  });
});
