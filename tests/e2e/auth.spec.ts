import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAs } from "./support";

test("an anonymous visitor is sent to sign-in from /coach and /portal", async ({ page }) => {
  await page.goto("/coach");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fcoach/);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal/);
  await expectNoAxeViolations(page);
});

test("the coach signs in by magic link and lands in the coach area", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Alex");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/coach");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a client signs in to the portal and gets 403 on /coach", async ({ page }) => {
  await signInAs(page, "client@example.com");
  await expect(page).toHaveURL(/\/portal$/);
  await expectNoAxeViolations(page);
  const response = await page.goto("/coach");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});

test("an unknown address gets no link and no account", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("stranger@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto("/dev/mail");
  await expect(page.locator("tr", { hasText: "stranger@example.com" })).toHaveCount(0);
});

test("the sign-in form explains a bad address next to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expectNoAxeViolations(page);
});
