import type { NextConfig } from "next";
import { baseSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: the embedded database ships WASM and data files, and
  // rate-limiter-flexible imports drizzle-orm by a computed name that bundlers cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "rate-limiter-flexible"],
  // Each build or test run can use its own output folder (parallel checkouts, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
  // Security headers on every response; proxy.ts replaces the CSP on pages with one for their scripts.
  async headers() {
    return [{ source: "/:path*", headers: baseSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

export default nextConfig;
