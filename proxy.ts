// Runs before every page: gives each page a Content-Security-Policy that allows exactly its own
// scripts. Pages rendered per request get a fresh nonce (Next reads it from the request's CSP header
// and stamps it on its scripts); prerendered pages keep their static HTML and are allowed by the
// sha256 of each inline script. API routes and files keep the locked-down CSP of next.config.ts.
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { buildPageCsp, checkoutFormTargets, createNonce } from "@/lib/security/headers";
import { createStaticPageHashes, notFoundPageHashes } from "@/lib/security/static-page-hashes";

const distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next");
const staticHashesFor = createStaticPageHashes(distDir);
const development = process.env.NODE_ENV === "development";
const formTargets = checkoutFormTargets();
// An unknown path is answered with the prerendered not-found page, which carries no nonce (it also
// brings its own stored policy, allowing the same hashes: see writeStaticPageCsp).
const notFoundHashes = development ? [] : notFoundPageHashes(distDir);

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export function proxy(request: NextRequest) {
  const https = isHttps(request);
  const hashes = development ? null : staticHashesFor(decodedPath(request.nextUrl.pathname));
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", buildPageCsp({ scripts: { hashes }, https, formTargets }));
    return response;
  }
  const nonce = createNonce();
  const csp = buildPageCsp({ scripts: { nonce, hashes: notFoundHashes }, development, https, formTargets });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not API routes, build assets, or files from public/ (anything with an extension).
      // Not /resources either: all prerendered, their CSP is written beside their HTML at start
      // (writeStaticPageCsp; keep PRERENDERED_PREFIXES in step), which spares them the proxy's cost.
      source: "/((?!api/|resources$|resources/|_next/static|_next/image|favicon\\.ico|.*\\.[a-zA-Z0-9]+$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
