import { describe, expect, it } from "vitest";
import {
  getAllArticles,
  getAllTags,
  getArticle,
  getRelatedArticles,
  parseArticle,
  rankRelatedArticles,
  type ArticleMeta,
} from "./articles";

const REQUIRED_SLUGS = [
  "job-vs-career",
  "short-term-vs-long-term-career-goals",
  "turn-your-job-into-a-career",
  "education-and-certifications-as-career-levers",
];

function meta(slug: string, date: string, tags: string[]): ArticleMeta {
  return { slug, title: slug, description: slug, date, tags, author: "Alex Morgan", readingMinutes: 1 };
}

describe("the published articles", () => {
  const all = getAllArticles();

  it("include at least five, with the core topics", () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
    const slugs = all.map((article) => article.slug);
    for (const slug of REQUIRED_SLUGS) expect(slugs).toContain(slug);
  });

  it.each(all.map((article) => [article.slug]))("%s has valid metadata and a full-length body", (slug) => {
    const article = getArticle(slug)!;
    expect(article.title.length).toBeGreaterThan(0);
    expect(article.description.length).toBeLessThanOrEqual(160);
    expect(article.date).toMatch(/^2026-\d{2}-\d{2}$/);
    expect(article.tags.length).toBeGreaterThan(0);
    expect(article.author).toBe("Alex Morgan");
    expect(article.words).toBeGreaterThanOrEqual(600);
    expect(article.words).toBeLessThanOrEqual(1300);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(article.words / 220)));
  });

  it.each(all.map((article) => [article.slug]))("%s has unique heading ids that match its table of contents", (slug) => {
    const article = getArticle(slug)!;
    const ids = [...article.html.matchAll(/<h[1-6] id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(article.toc.length).toBeGreaterThan(2);
    for (const entry of article.toc) expect(ids).toContain(entry.id);
  });

  it("are listed newest first", () => {
    const dates = all.map((article) => article.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("list metadata only, not the rendered body", () => {
    expect(all[0]).not.toHaveProperty("html");
  });
});

describe("job-vs-career", () => {
  const article = getArticle("job-vs-career")!;

  it("compares a job and a career in a table with the five rows", () => {
    const table = /<table>[\s\S]*?<\/table>/.exec(article.html)?.[0] ?? "";
    expect(table).toMatch(/<th>A job<\/th>/);
    expect(table).toMatch(/<th>A career<\/th>/);
    for (const row of ["Focus", "Timeframe", "Growth", "Education", "Benefits"]) {
      expect(table).toContain(`<td><strong>${row}</strong></td>`);
    }
  });

  it("wraps the table so it scrolls on small screens", () => {
    expect(article.html).toMatch(/<div class="table-wrap">\s*<table>/);
  });

  it("renders its callouts as asides", () => {
    expect(article.html).toContain('<aside class="callout callout-tip" role="note">');
    expect(article.html).not.toContain("[!TIP]");
  });
});

describe("getArticle", () => {
  it("returns null for unknown and unsafe slugs", () => {
    expect(getArticle("no-such-article")).toBeNull();
    expect(getArticle("../etc/passwd")).toBeNull();
    expect(getArticle("job-vs-career/../../package")).toBeNull();
    expect(getArticle("Job-vs-Career")).toBeNull();
    expect(getArticle("")).toBeNull();
  });
});

describe("related articles", () => {
  it("never include the article itself", () => {
    for (const { slug } of getAllArticles()) {
      const related = getRelatedArticles(slug, 10).map((article) => article.slug);
      expect(related).not.toContain(slug);
      expect(related.length).toBe(getAllArticles().length - 1);
    }
  });

  it("respect the limit, and are empty for an unknown slug", () => {
    expect(getRelatedArticles("job-vs-career", 2)).toHaveLength(2);
    expect(getRelatedArticles("no-such-article")).toEqual([]);
  });

  it("prefer shared tags over recency", () => {
    const current = meta("current", "2026-03-01", ["goals", "education"]);
    const candidates = [
      current,
      meta("newest-unrelated", "2026-12-01", ["networking"]),
      meta("one-shared", "2026-11-01", ["goals"]),
      meta("two-shared-old", "2026-01-01", ["goals", "education"]),
      meta("one-shared-older", "2026-02-01", ["education"]),
    ];
    expect(rankRelatedArticles(current, candidates, 4).map((article) => article.slug)).toEqual([
      "two-shared-old",
      "one-shared",
      "one-shared-older",
      "newest-unrelated",
    ]);
  });
});

describe("getAllTags", () => {
  it("counts every tag, most used first", () => {
    const tags = getAllTags();
    const total = getAllArticles().reduce((sum, article) => sum + article.tags.length, 0);
    expect(tags.reduce((sum, { count }) => sum + count, 0)).toBe(total);
    const counts = tags.map(({ count }) => count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("parseArticle", () => {
  const valid = [
    "---",
    'title: "A title"',
    'description: "A short description."',
    "date: 2026-03-14",
    "tags: [goals]",
    'author: "Alex Morgan"',
    "---",
    "## Hello",
    "",
    "Some words here.",
  ].join("\n");

  it("reads an unquoted YAML date back as YYYY-MM-DD", () => {
    const article = parseArticle("example.md", valid);
    expect(article.slug).toBe("example");
    expect(article.date).toBe("2026-03-14");
    expect(article.readingMinutes).toBe(1);
    expect(article.toc).toEqual([{ id: "hello", text: "Hello", level: 2 }]);
  });

  it("names the file and the field when the front matter is wrong", () => {
    const bad = valid.replace("date: 2026-03-14", "date: 2026-02-30").replace('title: "A title"\n', "");
    expect(() => parseArticle("broken.md", bad)).toThrow(/content\/articles\/broken\.md[\s\S]*title[\s\S]*date/);
  });

  it("rejects a description longer than 160 characters and unknown fields", () => {
    const long = valid.replace("A short description.", "x".repeat(161));
    expect(() => parseArticle("long.md", long)).toThrow(/long\.md[\s\S]*description/);
    const extra = valid.replace("---\n## Hello", "tag: typo\n---\n## Hello");
    expect(() => parseArticle("extra.md", extra)).toThrow(/extra\.md/);
  });

  it("rejects a file name that is not a slug", () => {
    expect(() => parseArticle("Bad Name.md", valid)).toThrow(/Bad Name\.md/);
  });
});
