// Edit forms show what is stored after a save. React resets a form after its action succeeds, and
// an uncontrolled <select> resets to the value it was first rendered with: a second save then
// wrote the old value back (the stage went from client back to discovery_booked). Each form here
// is saved twice in a row, and the stored value is read back from a freshly loaded page each time.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { signInAs } from "./support";

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

/** Opens the <details> around `inside` (if there is one) unless it is open already. */
async function expand(page: Page, inside: Locator) {
  const details = page.locator("details", { has: inside }).last();
  if ((await details.count()) === 0) return;
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").first().click();
}

/** Saves the form of `select` twice: first with `value` chosen, then as it stands. Checks the page and the stored value each time. */
async function saveTwice(page: Page, selectId: string, value: string, submit: string, saved: string | RegExp) {
  const select = () => page.locator(`[id="${selectId}"]`);
  const form = () => page.locator("form", { has: select() });
  for (const round of [1, 2]) {
    await expand(page, select());
    if (round === 1) await select().selectOption(value);
    await form().getByRole("button", { name: submit }).click();
    await expect(form().getByRole("status")).toHaveText(saved);
    await expect(select(), `the form shows the saved value after save ${round}`).toHaveValue(value);
    await page.reload();
    await expect(select(), `the stored value after save ${round}`).toHaveValue(value);
  }
}

test("coach forms keep the saved stage, plan status, goal status and skill level across two saves", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedIn(browser, "coach@example.com");

  // Convert a discovery-booked contact, then edit their details twice: the stage stays "client".
  await page.goto("/coach/contacts?q=yusuf.demir");
  await page.getByRole("link", { name: "Yusuf Demir" }).first().click();
  await expect(page.locator("#details-stage")).toHaveValue("discovery_booked");
  await page.getByRole("button", { name: "Convert to client" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Converted to client:" })).toBeVisible();
  await expect(page.locator("#details-stage")).toHaveValue("client");
  for (const phone of ["+44 20 7946 0001", "+44 20 7946 0002"]) {
    await page.locator("#details-phone").fill(phone);
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.locator("form", { has: page.locator("#details-phone") }).getByRole("status")).toHaveText("Details saved");
    await expect(page.locator("#details-stage")).toHaveValue("client");
    await expect(page.locator("#details-phone")).toHaveValue(phone);
    await page.reload();
    await expect(page.locator("#details-stage")).toHaveValue("client");
    await expect(page.locator("#details-phone")).toHaveValue(phone);
  }
  const contactUrl = page.url();
  const newStage = "alumni";
  await saveTwice(page, "details-stage", newStage, "Save details", "Details saved");
  await page.goto(contactUrl);
  await expect(page.locator("#details-stage")).toHaveValue(newStage);

  // Sam Patel's plan: its status, a goal's status and a skill's current level.
  await page.goto("/coach/clients");
  await page.getByRole("link", { name: "Sam Patel" }).first().click();
  await expect(page.locator("#header-status")).toBeAttached();
  const planUrl = page.url().replace(/\?.*$/, "");
  const current = await page.locator("#header-status").inputValue();
  await saveTwice(page, "header-status", current === "paused" ? "active" : "paused", "Save plan details", "Plan saved");

  const goalStatus = page.locator('select[id^="goal-"][id$="-status"]').first();
  const goalStatusId = (await goalStatus.getAttribute("id"))!;
  const goalNow = await goalStatus.inputValue();
  await saveTwice(page, goalStatusId, goalNow === "dropped" ? "in_progress" : "dropped", "Save goal", "Goal saved");

  await page.goto(`${planUrl}/growth`);
  const level = page.locator('select[id^="skill-"][id$="-currentLevel"]:not([id^="new-skill"])').first();
  const levelId = (await level.getAttribute("id"))!;
  const levelNow = await level.inputValue();
  await saveTwice(page, levelId, levelNow === "5" ? "4" : "5", "Save skill", "Skill saved");
  await context.close();
});

test("the client's job application keeps its saved stage across two saves", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedIn(browser, "client2@example.com");
  await page.goto("/portal/job-search");
  const add = page.locator("#new-application-company");
  await expand(page, add);
  const company = `Saved Values ${Date.now()}`;
  await add.fill(company);
  await page.locator("#new-application-role").fill("Analyst");
  await page.getByRole("button", { name: "Add application" }).click();
  await expect(page.getByText("Application added")).toBeVisible();

  const card = page.locator("li, article, section").filter({ hasText: company }).last();
  const stage = card.locator('select[id^="application-"][id$="-stage"]');
  const stageId = (await stage.getAttribute("id"))!;
  await saveTwice(page, stageId, "interviewing", "Save application", "Application saved");
  await context.close();
});
