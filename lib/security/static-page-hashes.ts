// Prerendered pages are HTML files written at build time, so a per-request nonce can't reach their
// inline bootstrap scripts. Instead their CSP lists the sha256 of each inline script, read here
// from the build output: pages stay static and scripts still need an exact match to run.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type Manifest = { routes: Record<string, { routeType?: string }> };
type Entry = { mtimeMs: number; hashes: string[] };

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** sha256 CSP sources (without quotes) of every inline script in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1];
    if (!body) continue;
    hashes.add(`sha256-${crypto.createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** Reads the build's prerender manifest and each static page's HTML on demand, cached by mtime. */
export function createStaticPageHashes(distDir: string) {
  let manifest: Manifest | null | undefined;
  const cache = new Map<string, Entry>();

  function routes(): Manifest["routes"] {
    if (manifest === undefined) {
      try {
        manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as Manifest;
      } catch {
        // `next dev` has no manifest: every page renders per request and gets a nonce.
        manifest = null;
      }
    }
    return manifest?.routes ?? {};
  }

  function htmlFile(route: string) {
    return path.join(distDir, "server", "app", route === "/" ? "index.html" : `${route.slice(1)}.html`);
  }

  /** The hashes for a prerendered page's path, or null when the path is rendered per request. */
  return function hashesFor(pathname: string): string[] | null {
    const route = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    // Prerendered pages only: not route handlers (feeds, images) nor Next's internal pages.
    if (!Object.hasOwn(routes(), route) || routes()[route].routeType !== "page" || route.startsWith("/_")) return null;
    const file = htmlFile(route);
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      return null;
    }
    const cached = cache.get(route);
    if (cached && cached.mtimeMs === mtimeMs) return cached.hashes;
    const hashes = inlineScriptHashes(fs.readFileSync(file, "utf8"));
    cache.set(route, { mtimeMs, hashes });
    return hashes;
  };
}

/** Hashes of the prerendered not-found page, which Next serves for any unknown path. */
export function notFoundPageHashes(distDir: string): string[] {
  try {
    return inlineScriptHashes(fs.readFileSync(path.join(distDir, "server", "app", "_not-found.html"), "utf8"));
  } catch {
    return [];
  }
}

/** Paths the proxy does not run for: every page under them is prerendered (see proxy.ts). */
export const PRERENDERED_PREFIXES = ["/resources"];

type PageMeta = { headers?: Record<string, string> } & Record<string, unknown>;

/**
 * Writes each prerendered page's CSP (the hashes of its inline scripts) into the headers Next
 * stores beside its HTML (`<page>.meta`), which Next sends with the page. Pages under
 * PRERENDERED_PREFIXES are served without the proxy, so this is where their CSP comes from; the
 * not-found page gets one too, as it answers unknown paths there. Runs when the server starts,
 * before any request, because the policy depends on the environment (the public URL's scheme,
 * the Stripe endpoint). Returns how many pages it wrote.
 */
export function writeStaticPageCsp(distDir: string, cspFor: (hashes: string[]) => string): number {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as Manifest;
  } catch {
    return 0;
  }
  const routes = Object.entries(manifest.routes)
    .filter(([route, r]) => r.routeType === "page" && PRERENDERED_PREFIXES.some((p) => route === p || route.startsWith(`${p}/`)))
    .map(([route]) => route);
  let written = 0;
  for (const route of [...routes, "/_not-found"]) {
    const base = path.join(distDir, "server", "app", route.slice(1));
    let html: string;
    let meta: PageMeta;
    try {
      html = fs.readFileSync(`${base}.html`, "utf8");
      meta = JSON.parse(fs.readFileSync(`${base}.meta`, "utf8")) as PageMeta;
    } catch {
      continue;
    }
    const csp = cspFor(inlineScriptHashes(html));
    if (meta.headers?.["content-security-policy"] === csp) continue;
    meta.headers = { ...meta.headers, "content-security-policy": csp };
    fs.writeFileSync(`${base}.meta`, JSON.stringify(meta));
    written += 1;
  }
  return written;
}
