import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAs } from "./support";

// Client B (client2@example.com) lives in New York in the demo data; the test puts that back.
test("a client sets their time zone by city and the portal shows times in it", async ({ page }) => {
  await signInAs(page, "client2@example.com");
  await page.goto("/portal/settings");
  const field = page.getByLabel("Your time zone");
  await expect(field).toHaveValue("Eastern Time — New York");
  await expectNoAxeViolations(page);

  await field.fill("Atlantis");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("We don't know that time zone")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill("los angeles");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Saved: times now show in Pacific Time — Los Angeles")).toBeVisible();
  await page.goto("/portal/sessions");
  await expect(page.getByText("(America/Los_Angeles)").first()).toBeVisible();

  await page.goto("/portal/settings");
  await page.getByLabel("Your time zone").fill("Eastern Time — New York");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Saved: times now show in Eastern Time — New York")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the time zone form works as a plain form", async ({ page, browser }) => {
    const withJs = await browser.newPage();
    await signInAs(withJs, "client2@example.com");
    await page.context().addCookies(await withJs.context().cookies());
    await withJs.close();
    await page.goto("/portal/settings");
    await page.getByLabel("Your time zone").fill("Europe/Paris");
    await page.getByRole("button", { name: "Save time zone" }).click();
    await expect(page.getByText("Saved: times now show in Central European Time — Paris")).toBeVisible();
    await page.getByLabel("Your time zone").fill("New York");
    await page.getByRole("button", { name: "Save time zone" }).click();
    await expect(page.getByText("Saved: times now show in Eastern Time — New York")).toBeVisible();
  });
});
