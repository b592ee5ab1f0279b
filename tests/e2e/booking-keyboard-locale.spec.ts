import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support";

// A visitor in Los Angeles whose browser speaks US English.
test.use({ timezoneId: "America/Los_Angeles", locale: "en-US" });

const grid = (page: Page) => page.getByRole("grid", { name: /Choose a day/ });
const focusedDay = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.day ?? null);

function addDays(date: string, n: number) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

test("times follow the visitor's zone and locale, with the zone named for people", async ({ page }) => {
  await page.goto("/book/discovery");
  await expect(page).toHaveURL(/tz=America%2FLos_Angeles/);
  await expect(page.getByLabel("Your time zone")).toHaveValue("Pacific Time — Los Angeles");
  await expect(page.getByText(/Times are in Pacific Time — Los Angeles \(America\/Los_Angeles\)/)).toBeVisible();
  await page.getByRole("link", { name: "Next month", exact: true }).click();
  await grid(page).getByRole("link").first().click();
  // Month first and a 12-hour clock, as en-US reads them.
  await expect(page.getByRole("heading", { name: /^Times on [A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}$/ })).toBeVisible();
  const times = page.getByRole("list", { name: /^Free times on/ }).getByRole("link");
  await expect(times.first()).toHaveText(/^\d{1,2}:\d{2}\s?[AP]M$/);
  await expectNoAxeViolations(page);

  // Search by city; an unknown zone is said, not silently replaced.
  await page.getByLabel("Your time zone").fill("Kolkata");
  await page.getByRole("button", { name: "Show times" }).click();
  await expect(page.getByText(/Times are in India Standard Time — Kolkata/)).toBeVisible();
  await page.getByLabel("Your time zone").fill("Atlantis");
  await page.getByRole("button", { name: "Show times" }).click();
  await expect(page.locator("#tz-error")).toHaveText(/^We don.t know the time zone “Atlantis”/);
  await expect(grid(page)).toHaveCount(0);
  await expect(page.getByLabel("Your time zone")).toBeFocused();
  await expectNoAxeViolations(page);
});

test("the month is a keyboard grid, and choosing a day moves focus to its times", async ({ page }) => {
  await page.goto("/book/discovery?tz=America/Los_Angeles");
  await page.getByRole("link", { name: "Next month", exact: true }).click();
  await expect(page).toHaveURL(/month=/);
  const month = new URL(page.url()).searchParams.get("month")!;
  const days = grid(page).locator("[data-day]");
  // One tab stop in the grid: the first free day.
  await expect(grid(page).locator('[data-day][tabindex="0"]')).toHaveCount(1);
  await grid(page).locator('[data-day][tabindex="0"]').focus();
  const start = (await focusedDay(page))!;
  await page.keyboard.press("ArrowRight");
  expect(await focusedDay(page)).toBe(addDays(start, 1));
  await page.keyboard.press("ArrowDown");
  expect(await focusedDay(page)).toBe(addDays(start, 8));
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowUp");
  expect(await focusedDay(page)).toBe(start);
  await page.keyboard.press("Home");
  const monday = (await focusedDay(page))!;
  expect(new Date(`${monday}T12:00:00Z`).getUTCDay() === 1 || monday.endsWith("-01")).toBe(true);
  await page.keyboard.press("End");
  const sunday = (await focusedDay(page))!;
  expect(new Date(`${sunday}T12:00:00Z`).getUTCDay() === 0 || addDays(sunday, 1).slice(0, 7) !== month).toBe(true);
  expect(await days.count()).toBeGreaterThanOrEqual(28);

  // PageUp goes back a month, to the same day where it can.
  await page.keyboard.press("PageUp");
  await expect(page).not.toHaveURL(new RegExp(`month=${month}`));
  await expect.poll(() => focusedDay(page)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  await expect.poll(() => focusedDay(page)).toMatch(new RegExp(`^${month}`));

  // Enter on a free day: focus lands on its first time, one Tab away from booking it.
  const free = grid(page).getByRole("link").nth(1);
  const freeDay = (await free.getAttribute("data-day"))!;
  await free.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`date=${freeDay}`));
  const firstTime = page.getByRole("list", { name: /^Free times on/ }).getByRole("link").first();
  await expect(firstTime).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible();

  // A failed submit puts focus on the first field in error.
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByLabel("Your name")).toBeFocused();
  await expectNoAxeViolations(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("choosing a day scrolls to its times", async ({ page }) => {
    await page.goto("/book/discovery?tz=America/Los_Angeles");
    await page.getByRole("link", { name: "Next month", exact: true }).click();
    await expect(page).toHaveURL(/month=/);
    await grid(page).getByRole("link").first().click();
    const heading = page.getByRole("heading", { name: /^Times on/ });
    await expect(heading).toBeInViewport();
    await expect(page.getByRole("list", { name: /^Free times on/ }).getByRole("link").first()).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the booking page asks for the zone before showing any time", async ({ page }) => {
    await page.goto("/book/discovery");
    await expect(page.getByLabel("Your time zone")).toHaveValue("");
    await expect(page.getByText("Tell us your time zone above and we will show the free times in it.")).toBeVisible();
    await expect(grid(page)).toHaveCount(0);
    await page.getByLabel("Your time zone").fill("Tokyo");
    await page.getByRole("button", { name: "Show times" }).click();
    await expect(page.getByText(/Times are in Japan Standard Time — Tokyo \(Asia\/Tokyo\)/)).toBeVisible();
    await expect(grid(page)).toBeVisible();
  });
});
