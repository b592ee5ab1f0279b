import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Magic links work once, and parallel workers signing in as the same person would each open the
 * newest link: one sign-in per address at a time, across worker processes (a directory lock).
 */
async function withSignInLock<T>(email: string, fn: () => Promise<T>): Promise<T> {
  const dir = path.join(os.tmpdir(), `ambit-e2e-sign-in-${process.env.E2E_PORT ?? "3200"}-${email.replace(/[^a-z0-9]/gi, "_")}`);
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      fs.mkdirSync(dir);
      break;
    } catch {
      try {
        if (Date.now() - fs.statSync(dir).mtimeMs > 60_000) fs.rmSync(dir, { recursive: true, force: true }); // left by a killed run
      } catch {}
      if (Date.now() > deadline) throw new Error(`Timed out waiting to sign in as ${email}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens the newest message to `to` whose subject contains `subject`, from the development mailbox. */
export async function openLatestEmail(page: Page, to: string, subject: string | RegExp) {
  await expect(async () => {
    await page.goto("/dev/mail");
    const row = page.locator("tr", { hasText: to }).filter({ hasText: subject }).first();
    await expect(row).toBeVisible({ timeout: 1000 });
    await row.getByRole("link").click();
    await expect(page.getByTestId("mail-to")).toHaveText(to.toLowerCase());
  }).toPass({ timeout: 15_000 });
}

/** Signs in with the magic link read from the outbox, as a person would from their inbox. */
export async function signInAs(page: Page, email: string) {
  await withSignInLock(email, async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await openLatestEmail(page, email, "Sign in to");
    const link = page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).first();
    await page.goto((await link.getAttribute("href"))!);
  });
}

/** No WCAG 2 A/AA violations on the current page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary, "axe violations").toEqual([]);
}
