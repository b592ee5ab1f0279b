import { expect, test, type Page } from "@playwright/test";
import { COACH_ROUTES, UNKNOWN_ID } from "../support/coach-routes";
import { expectNoAxeViolations, openLatestEmail, signInAs } from "./support";

// The coach's working day: a lead books a discovery call from an article, the coach finds them,
// writes a note, moves them through the pipeline, converts them to a client, changes availability
// and sees the preview follow, then marks the call completed and turns notes into action items.
test.describe.configure({ mode: "serial" });
// The visitor is in New York (so the page adds their zone to the URL); the coach works in London.
test.use({ timezoneId: "America/New_York" });

const stamp = Date.now();
const lead = { name: `Riley Journey ${stamp}`, email: `riley.journey.${stamp}@example.com` };
const ids = { contact: "", session: "", meetingType: "" };

async function bookDiscoveryCallAsVisitor(page: Page) {
  await page.goto("/book?src=job-vs-career");
  // The page first learns the browser's zone (it lands in the URL), then offers days and times.
  await expect(page).toHaveURL(/tz=America%2FNew_York/);
  await page.getByRole("link", { name: /times? free$/ }).first().click();
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  await page.getByRole("list", { name: /^Free times on/ }).getByRole("link").first().click();
  await expect(page).toHaveURL(/slot=/);
  await expect(page.getByRole("heading", { name: "Your details" })).toBeVisible();
  await page.getByLabel("Your name").fill(lead.name);
  await page.getByLabel("Email address").fill(lead.email);
  await page.getByLabel("Where are you now?").selectOption("In a job");
  await page.getByLabel("What horizon are you thinking about?").selectOption("1-2 years");
  await page.getByLabel("What would you like from the call?").fill("Turn my analyst job into a career in product.");
  await page.getByLabel(/I agree that/).check();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("You're booked");
}

test("a visitor books a discovery call from an article", async ({ page }) => {
  await bookDiscoveryCallAsVisitor(page);
});

test("the coach finds the lead, adds a note and moves them through the board", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto(`/coach/contacts?q=${encodeURIComponent("riley.journey")}`);
  await expect(page.getByRole("searchbox", { name: /Search name, email or tag/ })).toHaveValue("riley.journey");
  await page.getByRole("link", { name: lead.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: lead.name })).toBeVisible();
  await expect(page.getByText("· from job-vs-career")).toBeVisible();
  await expect(page.getByText("Turn my analyst job into a career in product.").first()).toBeVisible();
  ids.contact = page.url().split("/").pop()!;

  await page.getByLabel("New note").fill("Strong **analytical** background; wants a product role.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note").first()).toContainText("Strong analytical background");
  await expect(page.getByLabel("New note")).toHaveValue("");

  await page.goto("/coach/contacts/board");
  for (const [stage, column] of [["discovery_done", "Discovery done"], ["proposal", "Proposal"]] as const) {
    const card = page.getByTestId(`card-${lead.email}`);
    await card.getByLabel(`Move ${lead.name} to`).selectOption(stage);
    await card.getByRole("button", { name: `Move ${lead.name}` }).click();
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: column }) }).getByTestId(`card-${lead.email}`)).toBeVisible();
  }
  await page.goto(`/coach/contacts/${ids.contact}`);
  await expect(page.getByText("Stage: Discovery done → Proposal")).toBeVisible();
});

test("the coach converts the lead to a client, and the invitation is in the outbox", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto(`/coach/contacts/${ids.contact}`);
  await page.getByRole("button", { name: "Convert to client" }).click();
  await expect(page.getByText(/Converted to client: the portal invitation is on its way/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Convert to client" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Career plan" })).toHaveAttribute("href", `/coach/clients/${ids.contact}/plan`);
  await openLatestEmail(page, lead.email, "invited you to your career roadmap");
  await expect(page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).first()).toBeVisible();
});

test("the coach edits availability and the preview follows", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/settings");
  const saturday = page.getByTestId("slot-preview").getByRole("listitem").filter({ hasText: "Saturday" });
  await expect(saturday).toContainText("No slots");
  await page.getByLabel("Saturday").fill("10:00-25:00");
  await page.getByRole("button", { name: "Save weekly hours" }).click();
  await expect(page.getByText(/“25:00” is not a time/)).toBeVisible();
  await expect(page.getByLabel("Saturday")).toHaveValue("10:00-25:00");
  await page.getByLabel("Saturday").fill("10:00-12:00");
  await page.getByRole("button", { name: "Save weekly hours" }).click();
  await expect(page.getByText("Weekly hours saved")).toBeVisible();
  await expect(saturday).toContainText("10:00");
  await expect(saturday).toContainText("11:30");
});

test("the coach marks the call completed and turns note lines into action items", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto(`/coach/contacts/${ids.contact}`);
  await page.getByRole("region", { name: "Upcoming" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/coach\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(lead.name);
  ids.session = page.url().split("/").pop()!.split("?")[0];
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Completed");

  await page.getByLabel("Shared with the client").fill("- Update the CV for product roles\n- Ask the manager for feedback\n\nGood energy.");
  await page.getByLabel("Private (only you)").fill("Worried about salary.");
  await page.getByRole("button", { name: "Save notes" }).click();
  await expect(page.getByText("Notes saved")).toBeVisible();
  await page.getByLabel("Update the CV for product roles").check();
  await page.getByLabel("Ask the manager for feedback").check();
  await page.getByRole("button", { name: "Create action items" }).click();
  await expect(page.getByText("2 action items added to the plan")).toBeVisible();
  await expect(page.getByTestId("session-action-items")).toContainText("Update the CV for product roles");
  await expect(page.getByTestId("session-action-items")).toContainText("Ask the manager for feedback");
});

test("every coach page has no axe violations", async ({ page }) => {
  // One axe run per page of the list: it grows with the workspace, past the default minute on a busy machine.
  test.setTimeout(150_000);
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/settings/meeting-types");
  ids.meetingType = (await page.getByRole("link", { name: "Free discovery call" }).getAttribute("href"))!.split("/").pop()!;
  const real = (path: string) =>
    path
      .replace(`/contacts/${UNKNOWN_ID}`, `/contacts/${ids.contact}`)
      .replace(`/sessions/${UNKNOWN_ID}`, `/sessions/${ids.session}`)
      .replace(`/meeting-types/${UNKNOWN_ID}`, `/meeting-types/${ids.meetingType}`);
  const pages = [...new Set(COACH_ROUTES.filter((r) => r.kind === "page").map((r) => real(r.path)))];
  pages.push(`/coach/sessions/new?contact=${ids.contact}&type=discovery`, `/coach/sessions/${ids.session}?reschedule=1`);
  const failures: string[] = [];
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    try {
      await expectNoAxeViolations(page);
    } catch (err) {
      failures.push(`${path}: ${(err as Error).message.split("\n").filter((l) => /^\s*\+\s+"/.test(l)).join(" ")}`);
    }
  }
  expect(failures, "pages with axe violations").toEqual([]);
});

test("screenshots for review", async ({ page }) => {
  test.skip(!process.env.COACH_SHOTS, "set COACH_SHOTS=1 to take them");
  await signInAs(page, "coach@example.com");
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of [["dashboard", "/coach"], ["contacts", "/coach/contacts"], ["board", "/coach/contacts/board"], ["contact", `/coach/contacts/${ids.contact}`], ["sessions", "/coach/sessions"], ["week", "/coach/sessions?view=week"], ["session", `/coach/sessions/${ids.session}`], ["settings", "/coach/settings"], ["import", "/coach/contacts/import"], ["types", "/coach/settings/meeting-types"]]) {
      await page.goto(path);
      await page.screenshot({ path: `test-results/coach-shots/${name}-${width}.png`, fullPage: true });
    }
  }
});

test("the coach imports contacts from CSV: a bad row blocks the whole file, a clean file imports", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/contacts/import");
  const bad = `name,email,stage,tags\nCsv One,csv.one.${stamp}@example.com,lead,imported\nCsv Two,not-an-email,lead,\n`;
  await page.getByLabel("CSV file").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await expect(page.getByText(/Reading the file: 2 rows so far/)).toBeVisible();
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText(/1 of 2 rows have problems/)).toBeVisible();
  await expect(page.getByRole("cell", { name: "not-an-email" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import all/ })).toHaveCount(0);

  const good = `name,email,stage,tags\nCsv One,csv.one.${stamp}@example.com,lead,imported\nCsv Two,csv.two.${stamp}@example.com,proposal,\n`;
  await page.getByLabel("CSV file").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("2 contacts are ready to import.")).toBeVisible();
  await page.getByRole("button", { name: "Import all 2 contacts" }).click();
  await expect(page.getByText("Imported 2 contacts.")).toBeVisible();
  await page.goto(`/coach/contacts?q=csv.two.${stamp}`);
  await expect(page.getByRole("link", { name: "Csv Two" })).toBeVisible();
});

test("the coach books a session for a client, then cancels it", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/contacts?q=client2%40example.com");
  await page.getByRole("link", { name: "Sam Patel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sam Patel" })).toBeVisible();
  await page.getByRole("link", { name: "Book a session" }).click();
  await page.getByLabel("Meeting type").selectOption("coaching-session");
  await page.getByRole("button", { name: "Show free times" }).click();
  await page.getByRole("group").first().locator("label").first().click();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(1);
  await expect(page.getByLabel(/Use a credit from the client/)).toBeChecked();
  await page.getByRole("button", { name: "Book Coaching session" }).click();
  await expect(page.getByText("Booked. The client has been emailed the details.")).toBeVisible();
  await expect(page.getByTestId("session-status")).toHaveText("Confirmed");
  await page.getByLabel("Reason (sent to the client, optional)").fill("Double-booked, sorry");
  await page.getByRole("button", { name: "Cancel the session" }).click();
  await expect(page.getByText("Session cancelled; both of you have been emailed.")).toBeVisible();
  await expect(page.getByTestId("session-status")).toHaveText("Cancelled");
});

test("the coach erases a contact after typing their email", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto(`/coach/contacts?q=csv.one.${stamp}`);
  await page.getByRole("link", { name: "Csv One" }).click();
  await page.getByRole("link", { name: "Erase…" }).click();
  await page.getByLabel(/to confirm/).fill("someone.else@example.com");
  await page.getByRole("button", { name: "Erase permanently" }).click();
  await expect(page.getByText("Type the contact's email address exactly to confirm")).toBeVisible();
  await page.getByLabel(/to confirm/).fill(`csv.one.${stamp}@example.com`);
  await page.getByRole("button", { name: "Erase permanently" }).click();
  await expect(page.getByText("The contact and all their data were erased.")).toBeVisible();
  await page.goto(`/coach/contacts?q=csv.one.${stamp}`);
  await expect(page.getByText("No contacts match.")).toBeVisible();
});
