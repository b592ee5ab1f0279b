import { generate } from "otplib";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInAs } from "./support";

// The coach turns two-factor on (reading the key from the page, as they would type it into an
// app), signs out and in again, is stopped at the code page until a code is entered, and is
// asked again before an erase once the last code is older than the window (15 s in this config).
// Runs under tests/e2e/two-factor.config.ts.

const COACH = "coach@example.com";
const stamp = Date.now().toString(36);
let secret = "";
let recoveryCodes: string[] = [];
let lastStep = 0;

/** A code for a time step the server has not accepted yet (a code works once). */
async function nextCode(): Promise<string> {
  const current = Math.floor(Date.now() / 30_000);
  const step = Math.max(current, lastStep + 1);
  // The server takes one step of drift: a later step is only usable once the one before it is current.
  if (step > current + 1) await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 200));
  lastStep = step;
  return generate({ secret, epoch: step * 30 });
}

function wrongCode(code: string): string {
  return code.slice(0, 5) + String((Number(code[5]) + 5) % 10);
}

async function expectCodePage(page: Page, heading: string) {
  await expect(page).toHaveURL(/\/sign-in\/two-factor\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test.describe.serial("coach two-factor authentication", () => {
  test.setTimeout(150_000);

  test("the coach turns it on, signs in again with a code, and an erase asks for a fresh one", async ({ page }) => {
    await signInAs(page, COACH);
    await page.goto("/coach/settings/security");
    await expect(page.getByText("Off.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    secret = (await page.getByTestId("totp-secret").getAttribute("data-secret")) ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.getByTestId("totp-secret")).toHaveText(secret.replace(/(.{4})/g, "$1 ").trim());
    await expectNoAxeViolations(page);

    const code = await nextCode();
    await page.getByLabel("6-digit code from your authenticator app").fill(wrongCode(code));
    await page.getByRole("button", { name: "Turn on two-factor" }).click();
    await expect(page.getByText(/That code is not right/)).toBeVisible();
    await page.getByLabel("6-digit code from your authenticator app").fill(code);
    await page.getByRole("button", { name: "Turn on two-factor" }).click();
    await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
    recoveryCodes = await page.getByTestId("recovery-codes").locator("li").allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await expect(page.getByText(/On since/)).toBeVisible();
    await expect(page.getByText("10 of 10 recovery codes unused.", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
    // Shown once: a reload has the status, not the codes.
    await page.reload();
    await expect(page.getByTestId("recovery-codes")).toHaveCount(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await signInAs(page, COACH);
    await expectCodePage(page, "Two-factor authentication");
    await expectNoAxeViolations(page);
    // The server refuses every coach page and download until the code is in, not only the layout.
    await page.goto("/coach/contacts");
    await expectCodePage(page, "Two-factor authentication");
    const exportResponse = await page.request.get("/coach/contacts/export", { maxRedirects: 0 });
    expect(exportResponse.status()).toBeGreaterThanOrEqual(300);
    expect(exportResponse.status()).toBeLessThan(400);
    expect(exportResponse.headers().location).toContain("/sign-in/two-factor");

    const signInCode = await nextCode();
    await page.getByLabel("Authentication code or recovery code").fill(wrongCode(signInCode));
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await expect(page.getByText(/That code is not right/)).toBeVisible();
    await page.getByLabel("Authentication code or recovery code").fill(signInCode);
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await expect(page).toHaveURL(/\/coach\/contacts$/);
    await expect(page.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
    const verifiedAt = Date.now();

    await page.goto("/coach/contacts/new");
    await page.getByLabel("Name", { exact: true }).fill(`Erase Me ${stamp}`);
    await page.getByLabel("Email", { exact: true }).fill(`erase.me.${stamp}@example.com`);
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Erase Me ${stamp}` })).toBeVisible();

    // Past the window, erasing asks again; a recovery code will do, once.
    await page.waitForTimeout(Math.max(0, verifiedAt + 16_000 - Date.now()));
    await page.getByRole("link", { name: "Erase…" }).click();
    await expectCodePage(page, "Confirm it’s you");
    await expectNoAxeViolations(page);
    await page.getByLabel("Authentication code or recovery code").fill(recoveryCodes[0].toUpperCase());
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Erase Erase Me ${stamp}` })).toBeVisible();
    await page.getByLabel(/to confirm/).fill(`erase.me.${stamp}@example.com`);
    await page.getByRole("button", { name: "Erase permanently" }).click();
    await expect(page.getByText("The contact and all their data were erased.")).toBeVisible();

    await page.goto("/coach/settings/security");
    await expect(page.getByText("9 of 10 recovery codes unused.", { exact: false })).toBeVisible();
  });

  test("without JavaScript, the code page signs the coach in", async ({ browser }) => {
    test.skip(!secret, "needs the first test to turn two-factor on");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAs(page, COACH);
    await expectCodePage(page, "Two-factor authentication");
    await page.getByLabel("Authentication code or recovery code").fill(recoveryCodes[0]);
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await expect(page.getByText(/That code is not right, or was already used/)).toBeVisible();
    await page.getByLabel("Authentication code or recovery code").fill(await nextCode());
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await expect(page).toHaveURL(/\/coach$/);
    await expect(page.getByRole("link", { name: "Settings" })).toBeVisible();
    await context.close();
  });
});
