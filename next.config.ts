import type { NextConfig } from "next";
import { baseSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: the embedded database ships WASM and data files, and
  // rate-limiter-flexible imports drizzle-orm by a computed name that bundlers cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "rate-limiter-flexible"],
  // Each build or test run can use its own output folder (parallel checkouts, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Also writes <distDir>/standalone: a server with only the files it needs (the Dockerfile's
  // image; `npm run build:standalone` adds static files, articles and migrations). `npm start` still
  // serves the regular build.
  output: "standalone",
  poweredByHeader: false,
  // Hashing each page's HTML for an ETag cost a sixth of an article's serving time; prerendered
  // pages are cached by their Cache-Control instead.
  generateEtags: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
  // Security headers on every response; proxy.ts replaces the CSP on pages with one for their scripts.
  // Pages under /resources skip the proxy and carry their own CSP (written beside their HTML at
  // start, see writeStaticPageCsp): a second, locked-down policy there would block their scripts.
  async headers() {
    const all = baseSecurityHeaders({ production: process.env.NODE_ENV === "production" });
    return [
      { source: "/:path*", headers: all.filter((h) => h.key !== "Content-Security-Policy") },
      { source: "/:path((?!resources(?:/|$)).*)", headers: all.filter((h) => h.key === "Content-Security-Policy") },
    ];
  },
};

export default nextConfig;
