import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, buildPageCsp, checkoutFormTargets, createNonce } from "@/lib/security/headers";
import { createStaticPageHashes, inlineScriptHashes, notFoundPageHashes, writeStaticPageCsp } from "@/lib/security/static-page-hashes";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("a page CSP allows scripts by nonce or hash only, never inline", () => {
    const withNonce = buildPageCsp({ scripts: { nonce: "abc123" } });
    expect(directive(withNonce, "script-src")).toBe("script-src 'self' 'nonce-abc123'");
    expect(withNonce).toContain("frame-ancestors 'none'");
    expect(withNonce).toContain("object-src 'none'");
    expect(withNonce).not.toContain("upgrade-insecure-requests");
    const withHashes = buildPageCsp({ scripts: { hashes: ["sha256-AAA", "sha256-BBB"] }, https: true });
    expect(directive(withHashes, "script-src")).toBe("script-src 'self' 'sha256-AAA' 'sha256-BBB'");
    expect(withHashes).toContain("upgrade-insecure-requests");
    const both = buildPageCsp({ scripts: { nonce: "n1", hashes: ["sha256-NF"] } });
    expect(directive(both, "script-src")).toBe("script-src 'self' 'nonce-n1' 'sha256-NF'");
    for (const csp of [withNonce, withHashes, both]) expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
  });

  it("eval is allowed only in development", () => {
    expect(buildPageCsp({ scripts: { nonce: "n" }, development: true })).toContain("'unsafe-eval'");
    expect(buildPageCsp({ scripts: { nonce: "n" } })).not.toContain("unsafe-eval");
  });

  it("HSTS is sent by production builds only; framing is denied everywhere", () => {
    const keys = (production: boolean) => baseSecurityHeaders({ production }).map((h) => h.key);
    expect(keys(true)).toContain("Strict-Transport-Security");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    expect(baseSecurityHeaders({ production: true })).toEqual(
      expect.arrayContaining([
        { key: "X-Frame-Options", value: "DENY" },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      ]),
    );
  });

  it("forms may lead to Stripe Checkout, or to the configured fake", () => {
    expect(checkoutFormTargets(undefined)).toEqual(["https://checkout.stripe.com"]);
    expect(checkoutFormTargets("http://127.0.0.1:4010/v1")).toEqual(["https://checkout.stripe.com", "http://127.0.0.1:4010"]);
    expect(checkoutFormTargets("not a url")).toEqual(["https://checkout.stripe.com"]);
  });

  it("nonces are fresh and 128 bits", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it("hashes each inline script exactly as written, and skips external ones", () => {
    const body = '(self.__next_f=self.__next_f||[]).push([0])';
    const html = `<html><script src="/_next/static/a.js" async=""></script><script>${body}</script><script id="x">${body}</script><script></script></html>`;
    const expected = `sha256-${crypto.createHash("sha256").update(body).digest("base64")}`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
  });
});

describe("hashes of prerendered pages", () => {
  const sha = (text: string) => `sha256-${crypto.createHash("sha256").update(text).digest("base64")}`;

  it("reads them from the build for prerendered pages only, and again when a page is rewritten", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "ambit-dist-"));
    const app = path.join(dist, "server", "app");
    fs.mkdirSync(path.join(app, "resources"), { recursive: true });
    const routes = { "/": { routeType: "page" }, "/resources/a": { routeType: "page" }, "/feed.xml": { routeType: "route" }, "/_not-found": { routeType: "page" } };
    fs.writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes }));
    fs.writeFileSync(path.join(app, "index.html"), "<script>home()</script>");
    fs.writeFileSync(path.join(app, "resources", "a.html"), "<script>a()</script>");
    fs.writeFileSync(path.join(app, "_not-found.html"), "<script>nf()</script>");
    const hashesFor = createStaticPageHashes(dist);
    expect(hashesFor("/")).toEqual([sha("home()")]);
    expect(hashesFor("/resources/a/")).toEqual([sha("a()")]);
    expect(hashesFor("/feed.xml")).toBeNull();
    expect(hashesFor("/_not-found")).toBeNull();
    expect(hashesFor("/coach")).toBeNull();
    expect(notFoundPageHashes(dist)).toEqual([sha("nf()")]);
    const later = new Date(Date.now() + 5_000);
    fs.writeFileSync(path.join(app, "index.html"), "<script>home2()</script>");
    fs.utimesSync(path.join(app, "index.html"), later, later);
    expect(hashesFor("/")).toEqual([sha("home2()")]);
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("writes the CSP of the pages the proxy skips (and of not-found) beside their HTML, once", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "ambit-dist-"));
    const app = path.join(dist, "server", "app");
    fs.mkdirSync(path.join(app, "resources"), { recursive: true });
    const routes = { "/": { routeType: "page" }, "/resources": { routeType: "page" }, "/resources/a": { routeType: "page" }, "/resources/feed.xml": { routeType: "route" } };
    fs.writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes }));
    const pages = { index: "home()", resources: "list()", "resources/a": "a()", "_not-found": "nf()" };
    for (const [file, script] of Object.entries(pages)) {
      fs.writeFileSync(path.join(app, `${file}.html`), `<script>${script}</script>`);
      fs.writeFileSync(path.join(app, `${file}.meta`), JSON.stringify({ status: 200, headers: { "x-nextjs-prerender": "1" } }));
    }
    const headersOf = (file: string) => (JSON.parse(fs.readFileSync(path.join(app, `${file}.meta`), "utf8")) as { headers: Record<string, string> }).headers;
    const cspFor = (hashes: string[]) => `script-src 'self' ${hashes.map((h) => `'${h}'`).join(" ")}`;

    expect(writeStaticPageCsp(dist, cspFor)).toBe(3);
    expect(headersOf("resources/a")).toEqual({ "x-nextjs-prerender": "1", "content-security-policy": `script-src 'self' '${sha("a()")}'` });
    expect(headersOf("resources")["content-security-policy"]).toBe(`script-src 'self' '${sha("list()")}'`);
    expect(headersOf("_not-found")["content-security-policy"]).toBe(`script-src 'self' '${sha("nf()")}'`);
    // The home page goes through the proxy, which sets its policy per request.
    expect(headersOf("index")["content-security-policy"]).toBeUndefined();
    // Starting again changes nothing; a different policy (another environment) is written over.
    expect(writeStaticPageCsp(dist, cspFor)).toBe(0);
    expect(writeStaticPageCsp(dist, (hashes) => `${cspFor(hashes)}; upgrade-insecure-requests`)).toBe(3);
    expect(headersOf("resources/a")["content-security-policy"]).toContain("upgrade-insecure-requests");
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("without a build (next dev) every page is rendered per request", () => {
    const hashesFor = createStaticPageHashes(path.join(os.tmpdir(), "ambit-no-such-dist"));
    expect(hashesFor("/")).toBeNull();
    expect(notFoundPageHashes(path.join(os.tmpdir(), "ambit-no-such-dist"))).toEqual([]);
  });
});
