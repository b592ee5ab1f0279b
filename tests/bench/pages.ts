// Public pages: an article served by Next against the very same HTML served as a plain file by the
// same server, and the JavaScript a first visit downloads (gzip sizes of the page's script tags).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { baseline, comparisonRows, measureBackToBack, routeExists, type HttpTarget } from "./http-baselines";
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

/** The article against the very same HTML as a static file, and the JSON ping, all at 10 connections. */
export async function benchArticle(t: HttpTarget, driver: string): Promise<Row[]> {
  const baseUrl = t.server.baseUrl;
  const articlePath = firstArticlePath();
  const name = "article page, 10 connections";
  if (!articlePath || !(await routeExists(`${baseUrl}${articlePath}`))) return [skipped(name, driver, "route missing")];
  const html = await (await fetch(`${baseUrl}${articlePath}`)).text();
  const copy = await fetch(`${baseUrl}${STATIC_ARTICLE_URL}`);
  if (!copy.ok) return [skipped(name, driver, "the article is not prerendered, so there is no static copy")];
  const same = (await copy.text()) === html ? "identical HTML" : "the static copy differs from the page";
  const m = await measureBackToBack(
    [
      { label: "same HTML as a static file, 10 conn.", opts: { url: `${baseUrl}${STATIC_ARTICLE_URL}`, connections: 10, seconds: t.seconds, server: t.server } },
      baseline.ping(t, 10),
    ],
    { url: `${baseUrl}${articlePath}`, connections: 10, seconds: t.seconds, server: t.server },
  );
  return comparisonRows(name, driver, m, `${articlePath}; ${Math.round(html.length / 1024)} KB, ${same}`);
}

type BuildManifest = { rootMainFiles?: string[]; polyfillFiles?: string[] };

/** The framework's own chunks (React, the Next runtime) as the build lists them. */
function frameworkChunks(): Set<string> {
  const file = path.join(process.cwd(), DIST_DIR, "build-manifest.json");
  const manifest = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as BuildManifest) : {};
  return new Set((manifest.rootMainFiles ?? []).map((f) => `/_next/${f}`));
}

/**
 * Gzip sizes of the scripts a modern browser fetches on a first visit, split into the framework's
 * chunks and the app's own. `noModule` scripts (the legacy polyfills) are never fetched by a
 * browser that runs modules, so they are left out.
 */
async function firstLoadJsBytes(baseUrl: string, pagePath: string): Promise<{ framework: number; app: number; appFiles: number; inlineBytes: number }> {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text();
  const tags = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)];
  const sources = [...new Set(tags.filter((m) => !/\bnoModule\b/i.test(`${m[1]} ${m[3]}`)).map((m) => m[2]))];
  const framework = frameworkChunks();
  let frameworkBytes = 0;
  let appBytes = 0;
  let appFiles = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    const size = zlib.gzipSync(body, { level: 9 }).length;
    if (framework.has(new URL(src, baseUrl).pathname) || /\/turbopack-[^/]+\.js$/.test(src)) frameworkBytes += size;
    else {
      appBytes += size;
      appFiles += 1;
    }
  }
  // Inline scripts (the page's RSC payload and bootstrap) are reported beside, not in the total.
  let inlineBytes = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) inlineBytes += zlib.gzipSync(m[1], { level: 9 }).length;
  return { framework: frameworkBytes, app: appBytes, appFiles, inlineBytes };
}

export async function benchFirstLoadJs(baseUrl: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [label, pagePath] of [["home", "/"], ["article", firstArticlePath()]] as const) {
    if (!pagePath) continue;
    const { framework, app, appFiles, inlineBytes } = await firstLoadJsBytes(baseUrl, pagePath);
    rows.push(row(`first-load JS, ${label} page: the app's own (gzip)`, "build", app / 1024, "KB", undefined, `${pagePath}: ${appFiles} script files beyond the framework; inline scripts add ${(inlineBytes / 1024).toFixed(1)} KB gzip`));
    rows.push(row(`first-load JS, ${label} page: framework (gzip)`, "build", framework / 1024, "KB", undefined, "React and the Next.js runtime; the noModule polyfill is not counted"));
  }
  return rows;
}
