import { expect, test, type Browser, type Locator } from "@playwright/test";
import { expectNoAxeViolations, openLatestEmail, signInAs } from "./support";

/** Opens a <details> section unless it is open already (it stays open across saves). */
async function expand(details: Locator) {
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").first().click();
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

test("every portal page is axe clean, and the job search and print page work", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedIn(browser, "client@example.com");
  for (const path of ["/portal", "/portal/actions", "/portal/sessions", "/portal/growth", "/portal/job-search", "/portal/plan/print"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await expect(page.getByRole("heading", { name: "Career plan: Jordan Lee" })).toBeVisible();

  // The client keeps an application with an interview, and a networking contact.
  await page.goto("/portal/job-search");
  await expand(page.locator("details", { has: page.locator("#new-application-company") }));
  await page.locator("#new-application-company").fill("Acme");
  await page.locator("#new-application-role").fill("Engineering manager");
  await page.locator("#new-application-url").fill("not a url");
  await page.getByRole("button", { name: "Add application" }).click();
  await expect(page.locator("#new-application-url-error")).toContainText("URL must be a web address");
  await page.locator("#new-application-url").fill("acme.example/jobs/7");
  await page.locator("#new-application-stage").selectOption("applied");
  await page.getByRole("button", { name: "Add application" }).click();
  await page.getByRole("link", { name: "Engineering manager at Acme", exact: true }).click();
  // The list shows every application's heading too (other tests add theirs): wait for the page itself.
  await expect(page).toHaveURL(/\/portal\/job-search\/applications\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { name: "Engineering manager at Acme" })).toBeVisible();
  await page.locator('input[name="scheduledOn"]').fill("2027-01-20");
  await page.getByRole("button", { name: "Add interview" }).click();
  await expect(page.getByText(/20 Jan 2027: interview/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/portal/job-search");
  await expand(page.locator("details", { has: page.locator("#new-person-name") }));
  await page.locator("#new-person-name").fill("Dana Whitfield");
  await page.locator("#new-person-whereMet").fill("Platform meetup");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("link", { name: "Dana Whitfield", exact: true })).toBeVisible();

  // Skills and learning: the client may mark learning done, nothing else.
  await page.goto("/portal/growth");
  await page.getByRole("button", { name: "Mark “Managing technical teams” as done" }).click();
  await expect(page.getByRole("button", { name: "Mark “Managing technical teams” as not done" })).toBeVisible();
  await context.close();
});

test("client A cannot open client B's sessions, applications or contacts by id, nor the coach's plan editor", async ({ browser }) => {
  test.setTimeout(120_000);
  // Client B (Sam) has a session and adds an application and a contact; their ids come from the links.
  const b = await signedIn(browser, "client2@example.com");
  await b.page.goto("/portal/sessions");
  const sessionHref = await b.page.locator('a[href^="/portal/sessions/"]').first().getAttribute("href");
  await b.page.goto("/portal/job-search");
  await expand(b.page.locator("details", { has: b.page.locator("#new-application-company") }));
  await b.page.locator("#new-application-company").fill("Globex");
  await b.page.locator("#new-application-role").fill("Learning designer");
  await b.page.getByRole("button", { name: "Add application" }).click();
  const applicationHref = await b.page.getByRole("link", { name: "Learning designer at Globex", exact: true }).getAttribute("href");
  await expand(b.page.locator("details", { has: b.page.locator("#new-person-name") }));
  await b.page.locator("#new-person-name").fill("Kim Park");
  await b.page.getByRole("button", { name: "Add contact" }).click();
  const contactHref = await b.page.getByRole("link", { name: "Kim Park", exact: true }).getAttribute("href");
  expect(sessionHref && applicationHref && contactHref).toBeTruthy();
  const ownSession = await b.page.goto(sessionHref!);
  expect(ownSession?.status()).toBe(200);

  const a = await signedIn(browser, "client@example.com");
  for (const href of [sessionHref!, applicationHref!, contactHref!, "/portal/sessions/not-a-uuid", "/portal/job-search/applications/00000000-0000-4000-8000-000000000000"]) {
    const response = await a.page.goto(href);
    expect(response?.status(), href).toBe(404);
    await expect(a.page.getByText("Globex")).toHaveCount(0);
  }
  const coachArea = await a.page.goto("/coach/clients");
  expect(coachArea?.status()).toBe(403);
  const editor = await a.page.goto(`/coach/clients/${"0".repeat(8)}-0000-4000-8000-000000000000/plan`);
  expect(editor?.status()).toBe(403);

  // Nothing of B's changed: the application is still there for B.
  await b.page.goto(applicationHref!);
  await expect(b.page.getByRole("heading", { name: "Learning designer at Globex" })).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test("the coach gets 404 for a plan of a contact that does not exist", async ({ browser }) => {
  const coach = await signedIn(browser, "coach@example.com");
  const response = await coach.page.goto("/coach/clients/00000000-0000-4000-8000-000000000000/plan");
  expect(response?.status()).toBe(404);
  const junk = await coach.page.goto("/coach/clients/junk/plan/growth");
  expect(junk?.status()).toBe(404);
  await coach.context.close();
});

test("the weekly digest reaches the client, and its link turns it off without signing in", async ({ page }) => {
  test.setTimeout(120_000);
  // The background worker queues this digest week's message on its first tick after start, whatever the day.
  await expect(async () => openLatestEmail(page, "client@example.com", "Your week")).toPass({ timeout: 60_000 });
  await expect(page.getByTestId("mail-text")).toContainText("Book coffee with two engineering managers", { useInnerText: false });
  const href = await page.getByRole("link", { name: /\/portal\/digest\/opt-out\?token=/ }).getAttribute("href");
  const confirm = await page.goto(href!);
  expect(confirm?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Stop the weekly email?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Stop the weekly email" }).click();
  await expect(page.getByRole("heading", { name: "You will not get the weekly email any more" })).toBeVisible();
  const forged = await page.goto(`${href!.split("?")[0]}?token=${encodeURIComponent("Zm9v.bad")}`);
  expect(forged?.status()).toBe(400);

  await signInAs(page, "client@example.com");
  await page.goto("/portal/actions");
  await expect(page.getByRole("button", { name: "Send me the weekly email again" })).toBeVisible();
  await page.getByRole("button", { name: "Send me the weekly email again" }).click();
  await expect(page.getByRole("button", { name: "Stop the weekly email" })).toBeVisible();
});
