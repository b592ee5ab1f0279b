import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, openLatestEmail } from "./support";

// The visitor is in New York; the coach works in London.
// en-GB: the 24-hour clock these assertions read; tests/e2e/booking-keyboard-locale.spec.ts covers en-US.
test.use({ timezoneId: "America/New_York", locale: "en-GB" });
// The tests share one practice calendar: run them one after another, each on its own day.
test.describe.configure({ mode: "serial" });

/**
 * Moves on from the month shown to the first later month with free days, as a visitor would (never
 * from the calendar: on the last days of a month this month may have none, or the window may end).
 */
async function showLaterMonthWithFreeDays(scope: Page | Locator) {
  const page = "page" in scope ? scope.page() : scope;
  const days = scope.getByRole("link", { name: /times? free$/ });
  const go = async (name: "Next month" | "Previous month") => {
    const link = scope.getByRole("link", { name, exact: true });
    if ((await link.count()) === 0) return false;
    const before = page.url();
    await link.click();
    await expect(page).not.toHaveURL(before);
    return true;
  };
  for (let i = 0; i < 3; i++) {
    if (!(await go("Next month"))) break;
    if ((await days.count()) > 0) return days;
  }
  // The booking window ends: go back to the last month that offers days.
  for (let i = 0; i < 3 && (await days.count()) === 0; i++) await go("Previous month");
  await expect(days.first()).toBeVisible();
  return days;
}

/** Opens a later month (other journeys tend to take the first free times) and picks a day and its first time. */
async function pickDayAndTime(page: Page, dayIndex: number) {
  const days = await showLaterMonthWithFreeDays(page);
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  await days.nth(Math.min(dayIndex, (await days.count()) - 1)).click();
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  const time = page.getByRole("list", { name: /^Free times on/ }).getByRole("link").first();
  const label = (await time.textContent())!.trim();
  await time.click();
  await expect(page).toHaveURL(/slot=/);
  return label;
}

test("a new visitor books from an article in their own time zone, then reschedules and cancels from the emailed link", async ({ page }) => {
  const email = `e2e.booker.${Date.now()}@example.com`;

  // From the article's call to action (straight to the booking page if the article is not there).
  const article = await page.goto("/resources/job-vs-career");
  if (article?.ok()) await page.getByRole("link", { name: /Book your free call/ }).first().click();
  else await page.goto("/book?src=job-vs-career");
  await expect(page).toHaveURL(/\/book\?.*src=job-vs-career/);
  // The browser's zone is detected and the times follow it, with the coach's zone noted.
  await expect(page).toHaveURL(/tz=America%2FNew_York/);
  await expect(page.getByText("Times are in Eastern Time — New York (America/New_York). Alex works in United Kingdom Time — London (Europe/London).")).toBeVisible();
  await expectNoAxeViolations(page);

  const time = await pickDayAndTime(page, 0);
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible();
  await expect(page.getByText(/Your time:.*America\/New_York/)).toContainText(time);
  await expectNoAxeViolations(page);

  // Nothing filled in: each field says what is missing, and nothing is booked.
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();
  await expect(page.getByText("Please agree so we can store your details for this call")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Your name").fill("Morgan Rivers");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Where are you now?").selectOption("Changing direction");
  await page.getByLabel("What horizon are you thinking about?").selectOption("5+ years");
  await page.getByLabel("What would you like from the call?").fill("A plan to move from teaching into product design.");
  await page.getByLabel(/I agree that/).check();
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page).toHaveURL(/\/booking\/[A-Za-z0-9_-]{43}\/confirmed$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("You're booked, Morgan");
  await expect(page.getByText(new RegExp(`${time}–\\d\\d:\\d\\d .*\\(America/New_York\\)`))).toBeVisible();
  await expect(page.getByText(/for Alex, in Europe\/London/)).toBeVisible();
  const icsHref = await page.getByRole("link", { name: "Download .ics" }).getAttribute("href");
  const ics = await page.request.get(icsHref!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("BEGIN:VEVENT");
  await expect(page.getByRole("link", { name: /Add to Google Calendar/ })).toHaveAttribute("href", /calendar\.google\.com.*action=TEMPLATE/);
  await expectNoAxeViolations(page);

  // The confirmation email carries the invite and the manage link.
  await openLatestEmail(page, email, "Confirmed");
  await expect(page.getByText("invite.ics", { exact: true })).toBeVisible();
  const manageHref = await page.getByRole("link", { name: /\/booking\/[A-Za-z0-9_-]{43}$/ }).first().getAttribute("href");
  await page.goto(manageHref!);
  await expect(page.getByRole("heading", { name: "Your booking", level: 1 })).toBeVisible();
  await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Reschedule to another day.
  const reschedule = page.getByRole("region", { name: "Reschedule" });
  const days = reschedule.getByRole("link", { name: /times? free$/ });
  if ((await days.count()) === 0) await showLaterMonthWithFreeDays(reschedule);
  await days.last().click();
  await expect(page).toHaveURL(/date=/);
  await page.getByRole("list", { name: /^Free times on/ }).getByRole("link").first().click();
  await expect(page.getByText(/New time:/)).toBeVisible();
  await page.getByRole("button", { name: "Move my call to this time" }).click();
  await expect(page.getByText("Your call has moved.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Cancel, with a reason.
  await page.getByLabel("Reason (optional)").fill("Found a mentor at work");
  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByText("Your booking is cancelled.")).toBeVisible();
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel booking" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Both sides heard about each change.
  await page.goto("/dev/mail");
  await expect(page.locator("tr", { hasText: email }).filter({ hasText: "Rescheduled" })).toHaveCount(1);
  await expect(page.locator("tr", { hasText: email }).filter({ hasText: "Cancelled" })).toHaveCount(1);
  await expect(page.locator("tr", { hasText: "coach@example.com" }).filter({ hasText: "Morgan Rivers" })).toHaveCount(3);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the booking page works through plain links and forms", async ({ page }) => {
    const email = `e2e.nojs.${Date.now()}@example.com`;
    await page.goto("/book?tz=Asia/Kolkata&src=no-js-check");
    await expect(page.getByText(/Times are in India Standard Time — Kolkata \(Asia\/Kolkata\)/)).toBeVisible();
    await pickDayAndTime(page, 2);
    await page.getByLabel("Your name").fill("Nila Das");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Where are you now?").selectOption("Just starting");
    await page.getByLabel("What horizon are you thinking about?").selectOption("1-2 years");
    await page.getByLabel("What would you like from the call?").fill("Where to start.");
    await page.getByLabel(/I agree that/).check();
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("You're booked, Nila");
    await expect(page.getByText(/India Standard Time \(Asia\/Kolkata\)/)).toBeVisible();
  });
});

test("when the time is taken meanwhile, the visitor keeps their answers and gets fresh times", async ({ page }) => {
  await page.goto("/book?src=job-vs-career");
  await expect(page).toHaveURL(/tz=America%2FNew_York/);
  await pickDayAndTime(page, 4);
  const slot = new URL(page.url()).searchParams.get("slot")!;
  await page.getByLabel("Your name").fill("Sasha Late");
  await page.getByLabel("Email address").fill(`e2e.late.${Date.now()}@example.com`);
  await page.getByLabel("Where are you now?").selectOption("In a job");
  await page.getByLabel("What horizon are you thinking about?").selectOption("Next 6 months");
  await page.getByLabel("What would you like from the call?").fill("Negotiate a promotion.");
  await page.getByLabel(/I agree that/).check();

  // Someone else takes the same time through the API first.
  const taken = await page.request.post("/api/bookings", {
    data: { type: "discovery", start: slot, name: "Quick Booker", email: `e2e.quick.${Date.now()}@example.com`, timezone: "Europe/Berlin" },
  });
  expect(taken.status()).toBe(201);

  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "someone has just booked that time" })).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Sasha Late");
  await expect(page.getByLabel("What would you like from the call?")).toHaveValue("Negotiate a promotion.");
  await expect(page.getByLabel("What horizon are you thinking about?")).toHaveValue("Next 6 months");
  const alternatives = page.getByRole("group", { name: /Choose another time/ }).getByRole("radio");
  await expect(alternatives.first()).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("You're booked, Sasha");
});
