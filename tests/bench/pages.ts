// Public pages: an article served by Next against the very same HTML served as a plain file by the
// same server, and the JavaScript a first visit downloads (gzip sizes of the page's script tags).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { routeExists } from "./http-baselines";
import { runLoad, warmUp } from "./load";
import { row, skipped, type Row } from "./report";
import { DIST_DIR } from "./server";

export function firstArticlePath(): string | null {
  const dir = path.join(process.cwd(), "content", "articles");
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort()[0] : undefined;
  return file ? `/resources/${file.replace(/\.md$/, "")}` : null;
}

export const STATIC_ARTICLE_URL = "/_next/static/bench/article.html";

/**
 * Copies the article's prerendered HTML into the build's static folder, where the server sends it
 * as a plain file. Call before the server starts: it lists that folder once, at start.
 */
export function stageStaticArticleCopy(): { remove: () => void } | null {
  const articlePath = firstArticlePath();
  const source = articlePath && path.join(process.cwd(), DIST_DIR, "server", "app", `${articlePath.slice(1)}.html`);
  if (!source || !fs.existsSync(source)) return null;
  const dir = path.join(process.cwd(), DIST_DIR, "static", "bench");
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(source, path.join(dir, "article.html"));
  return { remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function benchArticle(baseUrl: string, driver: string, seconds: number): Promise<Row[]> {
  const articlePath = firstArticlePath();
  const name = "article page, 10 connections";
  if (!articlePath || !(await routeExists(`${baseUrl}${articlePath}`))) return [skipped(name, driver, "route missing")];
  const html = await (await fetch(`${baseUrl}${articlePath}`)).text();
  const copy = await fetch(`${baseUrl}${STATIC_ARTICLE_URL}`);
  if (!copy.ok) return [skipped(name, driver, "the article is not prerendered, so there is no static copy")];
  const same = (await copy.text()) === html ? "identical HTML" : "the static copy differs from the page";
  const page = { url: `${baseUrl}${articlePath}`, connections: 10 };
  const file = { url: `${baseUrl}${STATIC_ARTICLE_URL}`, connections: 10 };
  await warmUp(page);
  await warmUp(file);
  const p = await runLoad({ ...page, seconds });
  const f = await runLoad({ ...file, seconds });
  return [
    row(`${name}: throughput`, driver, p.rps, "req/s", { name: "same HTML as a static file", value: f.rps }, `${articlePath}; ${Math.round(html.length / 1024)} KB, ${same}`),
    row(`${name}: p95`, driver, p.p95, "ms", { name: "static file p95", value: f.p95 }),
  ];
}

async function firstLoadJsBytes(baseUrl: string, pagePath: string): Promise<{ bytes: number; scripts: number; inlineBytes: number }> {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text();
  const sources = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  // Inline scripts (the page's RSC payload and bootstrap) are reported beside, not in the total.
  let inlineBytes = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) inlineBytes += zlib.gzipSync(m[1], { level: 9 }).length;
  return { bytes, scripts: sources.length, inlineBytes };
}

export async function benchFirstLoadJs(baseUrl: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [label, pagePath] of [["home", "/"], ["article", firstArticlePath()]] as const) {
    if (!pagePath) continue;
    const { bytes, scripts, inlineBytes } = await firstLoadJsBytes(baseUrl, pagePath);
    rows.push(row(`first-load JS, ${label} page (gzip)`, "build", bytes / 1024, "KB", undefined, `${pagePath}: ${scripts} script files; inline scripts add ${(inlineBytes / 1024).toFixed(1)} KB gzip`));
  }
  return rows;
}
