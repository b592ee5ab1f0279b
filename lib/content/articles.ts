import "server-only";

import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { renderMarkdown, type TocEntry } from "./markdown";

export type { TocEntry } from "./markdown";

export type ArticleMeta = {
  slug: string;
  title: string;
  description: string;
  date: string;
  tags: string[];
  author: string;
  readingMinutes: number;
};

export type Article = ArticleMeta & { html: string; toc: TocEntry[]; words: number };

const ARTICLES_DIR = path.join(process.cwd(), "content", "articles");
const WORDS_PER_MINUTE = 220;

/** File names and URLs share this shape, so "../etc/passwd" can never name a file. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a date written YYYY-MM-DD that actually exists (no 2026-02-30). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const frontMatterSchema = z.strictObject({
  title: z.string({ error: "is required" }).trim().min(1, "is required"),
  description: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(160, "must be 160 characters or fewer"),
  date: z.string({ error: "is required, written YYYY-MM-DD" }).refine(isCalendarDate, "must be a real date written YYYY-MM-DD"),
  tags: z
    .array(z.string().regex(SLUG, "must be lower-case words joined by hyphens, like career-planning"), {
      error: "is required: a list such as [goals, growth]",
    })
    .min(1, "needs at least one tag"),
  author: z.string({ error: "is required" }).trim().min(1, "is required"),
});

/**
 * YAML turns an unquoted `date: 2026-03-14` into a Date, and quietly rolls an impossible
 * 2026-02-30 over to 2 March. Check the date as the author wrote it instead.
 */
function withDateAsWritten(data: Record<string, unknown>, frontMatter: string): Record<string, unknown> {
  if (!(data.date instanceof Date)) return data;
  const written = /^date:[ \t]*(\S+)[ \t]*(?:#.*)?$/m.exec(frontMatter)?.[1];
  return { ...data, date: written ?? data.date.toISOString().slice(0, 10) };
}

export function isSafeSlug(slug: string): boolean {
  return SLUG.test(slug);
}

/** Counts the words a reader sees: the HTML's text, not the Markdown's punctuation. */
function countWords(html: string): number {
  const text = html.replace(/<[^>]*>/g, " ").replace(/&[#\w]+;/g, " ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Parses one article file. `fileName` is only used to name the slug and to say which file is
 * wrong: a bad front matter throws with the file's name and every problem found in it.
 */
export function parseArticle(fileName: string, source: string): Article {
  const slug = path.basename(fileName, ".md");
  const where = path.join("content", "articles", path.basename(fileName));
  if (!isSafeSlug(slug)) {
    throw new Error(`${where}: the file name must be a slug (lower-case words joined by hyphens)`);
  }

  const file = matter(source);
  const parsed = frontMatterSchema.safeParse(withDateAsWritten(file.data, file.matter));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".") || "front matter"}: ${issue.message}`);
    throw new Error(`${where}: invalid front matter\n${problems.join("\n")}`);
  }

  const { html, toc } = renderMarkdown(file.content);
  const words = countWords(html);
  return {
    slug,
    ...parsed.data,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    html,
    toc,
    words,
  };
}

function toMeta({ slug, title, description, date, tags, author, readingMinutes }: Article): ArticleMeta {
  return { slug, title, description, date, tags, author, readingMinutes };
}

/** Newest first; two articles on one day go in slug order so the list never shuffles. */
function byNewest(a: ArticleMeta, b: ArticleMeta): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

type Library = { bySlug: Map<string, Article>; newestFirst: ArticleMeta[] };
let library: Library | null = null;

/** Reads and renders every article once per server process; later calls reuse the result. */
function loadLibrary(): Library {
  if (library) return library;
  const files = fs.existsSync(ARTICLES_DIR)
    ? fs.readdirSync(ARTICLES_DIR).filter((name) => name.endsWith(".md"))
    : [];
  const articles = files.map((name) => parseArticle(name, fs.readFileSync(path.join(ARTICLES_DIR, name), "utf8")));
  library = {
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    newestFirst: articles.map(toMeta).sort(byNewest),
  };
  return library;
}

/** Every article's metadata, newest first. */
export function getAllArticles(): ArticleMeta[] {
  return [...loadLibrary().newestFirst];
}

/** One article with its HTML and table of contents; null for an unknown or unsafe slug. */
export function getArticle(slug: string): Article | null {
  if (!isSafeSlug(slug)) return null;
  return loadLibrary().bySlug.get(slug) ?? null;
}

/**
 * Ranks `candidates` as reading after `article`: most tags in common first, then the newest.
 * Never the article itself.
 */
export function rankRelatedArticles(article: ArticleMeta, candidates: ArticleMeta[], limit: number): ArticleMeta[] {
  const tags = new Set(article.tags);
  const sharedTags = (meta: ArticleMeta) => meta.tags.filter((tag) => tags.has(tag)).length;
  return candidates
    .filter((meta) => meta.slug !== article.slug)
    .map((meta) => ({ meta, shared: sharedTags(meta) }))
    .sort((a, b) => b.shared - a.shared || byNewest(a.meta, b.meta))
    .slice(0, Math.max(0, limit))
    .map(({ meta }) => meta);
}

/** Articles to read after this one (see `rankRelatedArticles`); empty for an unknown slug. */
export function getRelatedArticles(slug: string, limit = 3): ArticleMeta[] {
  const article = getArticle(slug);
  return article ? rankRelatedArticles(article, loadLibrary().newestFirst, limit) : [];
}

/** Every tag in use with how many articles carry it, most used first. */
export function getAllTags(): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const meta of loadLibrary().newestFirst) {
    for (const tag of meta.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
