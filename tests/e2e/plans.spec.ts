import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Locator } from "@playwright/test";
import { expectNoAxeViolations, signInAs } from "./support";

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

test("coach builds plans, the client works on theirs and books a session, the coach sees the progress", async ({ browser }) => {
  test.setTimeout(180_000);
  const coach = await signedIn(browser, "coach@example.com");
  let page = coach.page;

  // A client without a plan: start one from the "Career change" template.
  await page.goto("/coach/clients");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Grace Okafor" }).click();
  await expect(page.getByRole("heading", { name: "Grace Okafor's career plan" })).toBeVisible();
  await expect(page.getByText("Start a plan from a template")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator("#apply-templateKey").selectOption({ label: "Career change" });
  await page.locator("#apply-targetRole").fill("Product designer");
  await page.getByRole("button", { name: "Create the plan" }).click();
  await expect(page.getByRole("heading", { name: "Explore target roles", level: 3 })).toBeVisible();
  await expect(page.getByText("Product designer", { exact: true })).toBeVisible();

  // Add a goal, then a milestone and an action under it.
  const addGoal = page.locator("details", { has: page.locator("#new-goal-title") });
  await expand(addGoal);
  await page.locator("#new-goal-title").fill("Negotiate a trial project");
  await page.locator("#new-goal-targetDate").fill("2027-06-30");
  await page.getByRole("button", { name: "Add goal" }).click();
  const goal = page.locator("ol > li", { has: page.getByRole("heading", { name: "Negotiate a trial project", level: 3 }) });
  await expect(goal).toBeVisible();
  const addMilestone = goal.locator("details", { hasText: "Add a milestone" });
  await expand(addMilestone);
  await addMilestone.locator('input[name="title"]').fill("Pitch the trial to two studios");
  await addMilestone.locator('input[name="dueDate"]').fill("2027-03-31");
  await addMilestone.getByRole("button", { name: "Add milestone" }).click();
  await expect(goal.getByText("Pitch the trial to two studios", { exact: true })).toBeVisible();
  const addAction = goal.locator("details", { hasText: "Add an action" });
  await expand(addAction);
  await addAction.locator('input[name="title"]').fill("Draft the trial proposal");
  await addAction.getByRole("button", { name: "Add action" }).click();
  await expect(goal.getByText("Draft the trial proposal", { exact: true })).toBeVisible();
  // A bad date is explained next to its field and nothing is saved.
  await expand(addGoal);
  await page.locator("#new-goal-title").fill("Broken goal");
  await page.locator("#new-goal-progress").fill("150");
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(page.locator("#new-goal-progress-error")).toHaveText("Progress must be a whole number between 0 and 100");
  await expect(page.locator("#new-goal-title")).toHaveValue("Broken goal");
  await expect(page.getByRole("heading", { name: "Broken goal" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // An action for Jordan (client@example.com), who already has a plan.
  await page.goto("/coach/clients");
  await page.getByRole("link", { name: "Jordan Lee" }).click();
  await expect(page.getByRole("heading", { name: "Jordan Lee's career plan" })).toBeVisible();
  const loose = page.locator("section", { has: page.getByRole("heading", { name: "Other action items" }) });
  await expand(loose.locator("details", { has: page.locator("#new-item-title") }));
  await page.locator("#new-item-title").fill("Update my CV with the billing project");
  await page.locator("#new-item-dueDate").fill("2027-01-15");
  await loose.getByRole("button", { name: "Add action" }).click();
  await expect(loose.getByText("Update my CV with the billing project", { exact: true })).toBeVisible();
  const jordanPlanUrl = page.url();

  // The client signs in by magic link and works on the plan.
  const client = await signedIn(browser, "client@example.com");
  page = client.page;
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "Your roadmap, Jordan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Next three things to do" })).toBeVisible();
  await expect(page.getByText("Goal: Become an engineering manager")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Overall progress of your plan" })).toBeVisible();
  await page.getByRole("link", { name: "Actions", exact: true }).click();
  await page.getByRole("button", { name: "Mark “Update my CV with the billing project” as done" }).click();
  const todo = page.locator("section", { has: page.getByRole("heading", { name: "To do" }) });
  await expect(todo.getByText("Update my CV with the billing project", { exact: true })).toHaveCount(0);
  await page.getByText(/^Done \(\d+\)$/).click();
  await expect(page.getByRole("button", { name: "Mark “Update my CV with the billing project” as not done" })).toBeVisible();
  // The coach's own items cannot be ticked here.
  await expect(page.getByRole("button", { name: /Send two management course options/ })).toHaveCount(0);
  await page.locator("#achievement-title").fill("Led the billing migration kickoff");
  await page.locator("#achievement-description").fill("Ran the kickoff with six teams.");
  await page.getByRole("button", { name: "Add achievement" }).click();
  await expect(page.getByText("Achievement added")).toBeVisible();
  await expect(page.getByText("Led the billing migration kickoff", { exact: true })).toBeVisible();

  // Book a follow-up session with a package credit.
  await page.getByRole("link", { name: "Sessions", exact: true }).click();
  await expect(page.getByTestId("credits-left")).toHaveText("5");
  const upcomingBefore = await page.locator("section", { has: page.getByRole("heading", { name: "Upcoming" }) }).locator("li").count();
  // Choosing a time spends nothing: the confirm step says what it costs first.
  await page.getByRole("link", { name: / at \d{2}:\d{2}/ }).first().click();
  await expect(page.getByTestId("confirm-cost")).toHaveText("This uses 1 of your 5 credits: 4 left after booking.");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByText("Your session is booked")).toBeVisible();
  await page.getByRole("link", { name: "← All sessions" }).click();
  await expect(page.getByTestId("credits-left")).toHaveText("4");
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "Upcoming" }) }).locator("li")).toHaveCount(upcomingBefore + 1);

  // The coach sees the ticked item and the achievement.
  page = coach.page;
  await page.goto(jordanPlanUrl);
  const recent = page.locator("section", { has: page.getByRole("heading", { name: "Recent progress" }) });
  await expect(recent.getByText("Client completed: Update my CV with the billing project")).toBeVisible();
  await expect(recent.getByText("Client added an achievement: Led the billing migration kickoff")).toBeVisible();
  await expect(loose.getByRole("button", { name: "Mark “Update my CV with the billing project” as done" })).toHaveCount(0);
  await expect(loose.getByRole("button", { name: "Mark “Update my CV with the billing project” as not done" })).toBeVisible();
  await page.getByRole("link", { name: "Achievements", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Led the billing migration kickoff" })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const tab of ["Skills & learning", "Job search"]) {
    await page.getByRole("link", { name: tab, exact: true }).click();
    await expect(page.getByRole("link", { name: tab, exact: true })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page);
  }
  await coach.context.close();
  await client.context.close();
});

// Every server action of the plan editor and of the portal, called directly (as a forged request
// would): the guard answers before anything else, whatever the arguments.
type Manifest = { node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> };
const NO_ID = "00000000-0000-4000-8000-000000000000";

function actionsOf(file: string, area: string): { name: string; id: string; path: string }[] {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .filter(([, e]) => e.filename?.replace(/^\.\//, "") === file && e.exportedName)
    .map(([id, e]) => {
      const worker = Object.keys(e.workers ?? {}).find((w) => w.startsWith(area)) ?? `${area}/page`;
      return { name: e.exportedName!, id, path: worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, NO_ID) };
    });
}

function callAction(request: APIRequestContext, action: { id: string; path: string }) {
  return request.post(action.path, { headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }, data: JSON.stringify([NO_ID, NO_ID]), maxRedirects: 0 });
}

test("every plan-editor action refuses a client and every portal action refuses the coach; anonymous callers go to sign-in", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const coachActions = actionsOf("app/coach/clients/[contactId]/plan/actions.ts", "app/coach/clients");
  const portalActions = actionsOf("app/portal/actions.ts", "app/portal");
  expect(coachActions.map((a) => a.name)).toEqual(expect.arrayContaining(["saveGoalAction", "setActionItemDoneAction", "applyTemplateAction", "saveTemplateAction"]));
  expect(portalActions.map((a) => a.name)).toEqual(expect.arrayContaining(["tickActionItemAction", "addAchievementAction", "bookFollowUpAction", "cancelSessionAction"]));

  for (const action of [...coachActions, ...portalActions]) {
    const res = await callAction(request, action);
    expect(res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "", `anonymous ${action.name}: ${res.status()}`).toContain("/sign-in");
  }
  const client = await signedIn(browser, "client@example.com");
  for (const action of coachActions) expect((await callAction(client.page.request, action)).status(), `client ${action.name}`).toBe(403);
  const coach = await signedIn(browser, "coach@example.com");
  for (const action of portalActions) expect((await callAction(coach.page.request, action)).status(), `coach ${action.name}`).toBe(403);
  await client.context.close();
  await coach.context.close();
});
