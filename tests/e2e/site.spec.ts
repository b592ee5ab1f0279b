import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, openLatestEmail, signInAs } from "./support";

const ARTICLE_SLUGS = fs
  .readdirSync(path.join(process.cwd(), "content", "articles"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.replace(/\.md$/, ""));

const PUBLIC_PAGES = [
  { path: "/", heading: /Turn the job you have into a career/ },
  { path: "/about", heading: "Alex Morgan" },
  { path: "/services", heading: "Coaching that starts where you are" },
  { path: "/resources", heading: "Career articles" },
  { path: "/resources/job-vs-career", heading: /Job vs\. career/ },
  { path: "/resources/tag/goals", heading: "Articles on goals" },
  { path: "/contact", heading: "Send me a message" },
];

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "page scrolls sideways").toBeLessThanOrEqual(0);
}

test("a reader lands on an article, follows the call to action and arrives at /book with the source", async ({ page }) => {
  await page.goto("/resources/job-vs-career");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Job vs. career");
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
  await expect(page.getByRole("table").first()).toContainText("Timeframe");
  const cta = page.getByRole("region", { name: "Book a free discovery call" });
  await expect(cta).toBeVisible();
  await cta.getByRole("link", { name: "Book your free call" }).click();
  await expect(page).toHaveURL(/\/book\?src=job-vs-career$/);
});

test("every article ends with its own booking link and related articles", async ({ page }) => {
  for (const slug of ARTICLE_SLUGS) {
    await page.goto(`/resources/${slug}`);
    await expect(page.getByRole("region", { name: "Book a free discovery call" }).getByRole("link")).toHaveAttribute("href", `/book?src=${slug}`);
    await expect(page.getByRole("region", { name: "Keep reading" }).getByRole("article")).not.toHaveCount(0);
  }
});

test("the article date is shown in the visitor's locale", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/resources/job-vs-career");
  const date = page.locator("header time");
  await expect(date).toHaveAttribute("datetime", "2026-01-13");
  await expect(date).toHaveText("13 January 2026");
  await context.close();
});

test("every public page has a heading and no axe violations, on a desktop and a phone, light and dark", async ({ page }) => {
  const views = [
    { width: 1280, colorScheme: "light" },
    { width: 360, colorScheme: "light" },
    { width: 1280, colorScheme: "dark" },
  ] as const;
  for (const { width, colorScheme } of views) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    for (const { path: url, heading } of PUBLIC_PAGES) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    }
    const missing = await page.goto("/resources/no-such-article");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This path doesn't lead anywhere");
    await expectNoAxeViolations(page);
  }
});

test("the header's call to action carries the page it was clicked on", async ({ page }) => {
  await page.goto("/resources/turn-your-job-into-a-career");
  await expect(page.getByRole("banner").getByRole("link", { name: "Book a free call" })).toHaveAttribute("href", "/book?src=turn-your-job-into-a-career");
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Book a free call" })).toHaveAttribute("href", "/book?src=home");
  await expect(page.getByRole("main").getByRole("link", { name: "Book a free discovery call" }).first()).toHaveAttribute("href", "/book?src=home");
});

test("services lists the free discovery call first, then the packages with prices", async ({ page }) => {
  await page.goto("/services");
  const offers = page.getByRole("region", { name: "Ways to work together" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(offers.first()).toContainText("Free discovery call");
  await expect(offers.first().getByRole("link", { name: "Book a free discovery call" })).toHaveAttribute("href", "/book?src=services");
  await expect(offers.nth(1)).toContainText("Career Kickstart");
  await expect(offers.nth(1)).toContainText("£450.00");
  await expect(offers.nth(2)).toContainText("Career Growth");
  await expect(offers.nth(2)).toContainText("6 sessions");
});

test("the contact form explains bad input next to each field, then creates a lead for good input", async ({ page }) => {
  await page.goto("/contact");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("Tell me your name")).toBeVisible();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await expect(page.getByLabel("Message")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Your name").fill("Robin Example");
  await page.getByLabel("Email address").fill("robin@not-an-email");
  await page.getByLabel("Message").fill("short");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com")).toBeVisible();
  await expect(page.getByText("Write a little more: at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Robin Example");
  await expectNoAxeViolations(page);

  const email = `robin.${Date.now()}@example.com`;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Message").fill("I have been a project coordinator for five years and want a plan for what comes next.");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, Robin Example" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The coach is told by email (kept in the outbox) ...
  await openLatestEmail(page, "coach@example.com", "New message from Robin Example (contact form)");
  await expect(page.getByTestId("mail-text")).toContainText("five years", { useInnerText: false });

  // ... and, where the coach's contact list exists, the lead is in it.
  await signInAs(page, "coach@example.com");
  const contacts = await page.goto(`/coach/contacts?q=${encodeURIComponent(email)}`);
  if (contacts?.status() === 200) {
    await expect(page.getByText(email).filter({ visible: true }).first()).toBeVisible();
  }
});

test("a filled honeypot is thanked and never reaches the coach", async ({ page }) => {
  await page.goto("/contact");
  await page.getByLabel("Your name").fill("Spam Bot");
  await page.getByLabel("Email address").fill("bot@example.com");
  await page.getByLabel("Message").fill("Buy cheap followers now, best prices guaranteed.");
  await page.locator('input[name="website"]').fill("https://spam.example", { force: true });
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, Spam Bot" })).toBeVisible();
  await page.goto("/dev/mail");
  await expect(page.locator("tr", { hasText: "Spam Bot" })).toHaveCount(0);
});

test("search engines find every article: sitemap, robots, feed, canonical links and JSON-LD", async ({ page, request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.ok()).toBe(true);
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const slug of ARTICLE_SLUGS) expect(locs).toContain(`/resources/${slug}`);
  for (const p of ["/", "/about", "/services", "/resources", "/contact"]) expect(locs).toContain(p);

  const robots = await (await request.get("/robots.txt")).text();
  for (const p of ["/coach", "/portal", "/api", "/dev", "/booking"]) expect(robots).toContain(`Disallow: ${p}`);
  expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);

  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await feed.text();
  await page.goto("/resources");
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      links: [...doc.querySelectorAll("item > link")].map((l) => new URL(l.textContent ?? "").pathname),
      title: doc.querySelector("channel > title")?.textContent,
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBeTruthy();
  expect(parsed.links.sort()).toEqual(ARTICLE_SLUGS.map((slug) => `/resources/${slug}`).sort());

  await page.goto("/resources/short-term-vs-long-term-career-goals");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(new URL(canonical!).pathname).toBe("/resources/short-term-vs-long-term-career-goals");
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = scripts.map((text) => JSON.parse(text));
  const article = data.find((d) => d["@type"] === "Article");
  expect(article).toMatchObject({ "@context": "https://schema.org", datePublished: "2026-02-24", author: { "@type": "Person", name: "Alex Morgan" } });
  expect(article.headline).toBe(await page.getByRole("heading", { level: 1 }).textContent());
  expect(new URL(article.mainEntityOfPage["@id"]).pathname).toBe("/resources/short-term-vs-long-term-career-goals");

  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  const image = await request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(image.ok()).toBe(true);
  expect(image.headers()["content-type"]).toBe("image/png");

  await page.goto("/about");
  const about = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((t) => JSON.parse(t));
  expect(about.map((d: { "@type": string }) => d["@type"]).sort()).toEqual(["Person", "ProfessionalService"]);
  await page.goto("/");
  const home = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(home["@type"]).toBe("ProfessionalService");
});
