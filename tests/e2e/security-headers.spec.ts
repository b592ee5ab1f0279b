import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signInAs } from "./support";

function scriptSrc(csp: string): string {
  return csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
}

function expectCommonHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["permissions-policy"]).toContain("geolocation=()");
  // The e2e server is a production build: HSTS is on (browsers ignore it over plain http).
  expect(h["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  const csp = h["content-security-policy"];
  expect(csp).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(scriptSrc(csp)).not.toContain("unsafe-inline");
  return csp;
}

test("a prerendered page allows its inline scripts by hash, with the other headers", async ({ request }) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const csp = expectCommonHeaders(response);
  expect(scriptSrc(csp)).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc(csp)).not.toContain("nonce-");
  // Static: the same policy every time.
  expect((await request.get("/")).headers()["content-security-policy"]).toBe(csp);
});

test("a page rendered per request gets a fresh nonce that its scripts carry", async ({ request }) => {
  const first = await request.get("/sign-in");
  expect(first.status()).toBe(200);
  const csp = expectCommonHeaders(first);
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];
  expect(nonce).toBeTruthy();
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const second = await request.get("/sign-in");
  expect(/'nonce-([^']+)'/.exec(scriptSrc(second.headers()["content-security-policy"]))?.[1]).not.toBe(nonce);
});

test("API responses and build files carry a locked-down policy", async ({ request }) => {
  const api = await request.get("/api/health");
  expect(api.status()).toBe(200);
  expect(expectCommonHeaders(api)).toContain("default-src 'none'");
  const html = await (await request.get("/")).text();
  const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const asset = await request.get(chunk!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

/** Collects CSP violations, from the console and from the page's own violation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

/** React marks the document it hydrated with an internal key: the scripts ran. */
async function expectHydrated(page: Page, label: string) {
  await page.waitForLoadState("load");
  await expect.poll(() => page.evaluate(() => Object.keys(document).some((k) => k.startsWith("__reactContainer"))), { message: label }).toBe(true);
}

test("pages hydrate with no CSP violations: static, articles, booking, sign-in, not-found, coach", async ({ page }) => {
  const violations = await watchCsp(page);
  // Articles skip the proxy: their policy comes with their prerendered HTML (one policy, not two).
  for (const path of ["/resources/turn-your-job-into-a-career", "/resources/no-such-article"]) {
    const response = await page.request.get(path);
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy")).toHaveLength(1);
  }
  for (const path of ["/", "/resources", "/resources/turn-your-job-into-a-career", "/resources/no-such-article", "/book", "/sign-in", "/no-such-page"]) {
    await page.goto(path);
    await expectHydrated(page, path);
  }
  await signInAs(page, "coach@example.com");
  await expect(page).toHaveURL(/\/coach/);
  await expectHydrated(page, "/coach");
  expect(violations).toEqual([]);
});
