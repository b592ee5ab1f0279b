import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInAs } from "./support";

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the coach's navigation is a menu button and the dashboard does not scroll sideways", async ({ page }) => {
    await signInAs(page, "coach@example.com");
    await page.goto("/coach");
    const nav = page.getByRole("navigation", { name: "Coach navigation" });
    await expect(nav.getByRole("link", { name: "Contacts" })).toBeHidden();
    await noSidewaysScroll(page);
    // Keyboard only: open the menu and follow a link.
    await nav.getByText("Menu").focus();
    await page.keyboard.press("Enter");
    await expect(nav.getByRole("link", { name: "Contacts" })).toBeVisible();
    await expectNoAxeViolations(page);
    await nav.getByRole("link", { name: "Contacts" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/coach\/contacts$/);
    await expect(nav.getByRole("link", { name: "Contacts" })).toBeHidden();
    for (const path of ["/coach", "/coach/contacts", "/coach/sessions", "/coach/clients", "/coach/payments"]) {
      await page.goto(path);
      await noSidewaysScroll(page);
    }
  });

  test("the portal's navigation is a menu button", async ({ page }) => {
    await signInAs(page, "client@example.com");
    const nav = page.getByRole("navigation", { name: "My roadmap navigation" });
    await expect(nav.getByRole("link", { name: "Sessions", exact: true })).toBeHidden();
    await nav.getByText("Menu").click();
    await nav.getByRole("link", { name: "Sessions", exact: true }).click();
    await expect(page).toHaveURL(/\/portal\/sessions$/);
    await noSidewaysScroll(page);
  });
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  test("the menu still opens", async ({ page, browser }) => {
    const withJs = await browser.newPage();
    await signInAs(withJs, "coach@example.com");
    await page.context().addCookies(await withJs.context().cookies());
    await withJs.close();
    await page.goto("/coach");
    const nav = page.getByRole("navigation", { name: "Coach navigation" });
    await nav.getByText("Menu").click();
    await nav.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/coach\/settings$/);
  });
});

test("on a wide screen the navigation is a row of links, the current one marked", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/contacts/board");
  const nav = page.getByRole("navigation", { name: "Coach navigation" });
  await expect(nav.getByText("Menu")).toBeHidden();
  await expect(nav.getByRole("link", { name: "Contacts" })).toHaveAttribute("aria-current", "page");
  // The pipeline board's seven stages fit the screen.
  await noSidewaysScroll(page);
  const board = page.getByRole("list", { name: "Pipeline stages" });
  const overflow = await board.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the coach drags a card to another stage on the board", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, "coach@example.com");
  const email = `e2e.drag.${Date.now()}@example.com`;
  await page.goto("/coach/contacts/new");
  await page.getByLabel("Name").fill("Drew Dragged");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: /^(Add|Create|Save)/ }).click();
  await expect(page).not.toHaveURL(/\/new$/);

  await page.goto("/coach/contacts/board");
  // A column's heading reads "Proposal 3": its name and count.
  const column = (name: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(`^${name} \\d+$`) }) });
  const card = column("Lead").getByTestId(`card-${email}`);
  await expect(card).toBeVisible();
  const handle = page.locator('[title="Drag Drew Dragged to another stage"]');
  const target = column("Proposal").getByRole("heading");
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height + 20, { steps: 15 });
  await page.mouse.up();
  await expect(column("Proposal").getByTestId(`card-${email}`)).toBeVisible();
  await page.reload();
  await expect(column("Proposal").getByTestId(`card-${email}`)).toBeVisible();
  await expect(column("Lead").getByTestId(`card-${email}`)).toHaveCount(0);
});
