import { expect, test } from "@playwright/test";
import { openLatestEmail } from "./support";

test("the sign-in email comes from the practice and is named for it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("client2@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestEmail(page, "client2@example.com", "Sign in to");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Alex Morgan Coaching");
  await expect(page.getByTestId("mail-from")).toHaveText(/^"Alex Morgan Coaching" </);
  const text = await page.getByTestId("mail-text").textContent();
  expect(text).toContain("Alex Morgan Coaching");
  expect(text).not.toMatch(/\bAmbit\b|Sign in to localhost/i);
});

test("a favicon and app icons are served and linked from every page", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  for (const path of ["/", "/book/discovery", "/sign-in"]) {
    await page.goto(path);
    for (const rel of ["icon", "apple-touch-icon"]) {
      const hrefs = await page.locator(`head link[rel="${rel}"]`).evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
      expect(hrefs.length, `${path} links a ${rel}`).toBeGreaterThan(0);
      for (const href of hrefs) {
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()["content-type"], href).toMatch(/^image\//);
      }
    }
  }
});
