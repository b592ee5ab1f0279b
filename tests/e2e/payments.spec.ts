import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signedStripeEvent, startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { expectNoAxeViolations, openLatestEmail, signInAs } from "./support";

// With Stripe: run with tests/e2e/payments.config.ts, which gives the app the fake Stripe's address.
// Under the main config (no Stripe keys) only the "payments not set up" checks run.
const withStripe = Boolean(process.env.E2E_STRIPE_PORT);

test.describe("without Stripe keys", () => {
  test.skip(withStripe, "the app was started with Stripe keys");

  test("the buy buttons say online payment is not set up, the coach is told what to configure, and the webhook answers 503", async ({ page, request }) => {
    await page.goto("/services");
    await expect(page.getByRole("button", { name: "Buy Career Kickstart" })).toBeDisabled();
    await expect(page.getByText("Online payment is not set up yet").first()).toBeVisible();
    const res = await request.post("/api/stripe/webhook", { data: "{}", headers: { "stripe-signature": "t=1,v1=x", "content-type": "application/json" } });
    expect(res.status()).toBe(503);
    expect(await res.json()).toEqual({ error: "Payments are not configured" });
    await signInAs(page, "coach@example.com");
    for (const path of ["/coach/packages", "/coach/payments"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Payments setup" })).toBeVisible();
      await expect(page.getByText("STRIPE_SECRET_KEY", { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});

let fake: FakeStripe;

test.describe("with Stripe", () => {
  test.skip(!withStripe, "needs tests/e2e/payments.config.ts (the app is given the fake Stripe's address)");

  test.beforeAll(async () => {
    fake = await startFakeStripe({ port: Number(process.env.E2E_STRIPE_PORT) });
  });
  test.afterAll(async () => {
    await fake?.close();
  });

  async function screenshots(page: Page, name: string) {
    if (!process.env.E2E_SCREENSHOTS) return;
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  /** A visitor starts Checkout for Career Kickstart on /services; returns the Checkout session id. */
  async function startKickstartCheckout(page: Page): Promise<string> {
    await page.goto("/services");
    await screenshots(page, "services");
    await page.getByRole("button", { name: "Buy Career Kickstart" }).click();
    await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/cs_test_\w+$/);
    await expect(page.getByRole("heading", { name: "Pay Career Kickstart" })).toBeVisible();
    await expect(page.getByTestId("amount")).toHaveText("£450.00");
    const checkoutId = new URL(page.url()).pathname.split("/").pop()!;
    expect(fake.sessions.get(checkoutId)?.metadata.packageId).toBeTruthy();
    return checkoutId;
  }

  /** Stripe reports the session paid through the signed webhook. */
  async function completeCheckout(request: APIRequestContext, checkoutId: string, buyer: { email: string; name: string }) {
    const event = signedStripeEvent("checkout.session.completed", fake.completeSession(checkoutId, buyer));
    const delivered = await request.post("/api/stripe/webhook", { data: event.payload, headers: { "stripe-signature": event.signature, "content-type": "application/json" } });
    expect(delivered.status()).toBe(200);
    return event;
  }

  test("a visitor buys a package on /services and, after Stripe's webhook, their new portal shows the credits", async ({ page, request }) => {
    const buyer = `buyer.${Date.now()}@example.com`;
    const checkoutId = await startKickstartCheckout(page);

    // Nothing is granted by the return page alone.
    await page.goto(`/services/checkout/success?session_id=${checkoutId}`);
    await expect(page.getByRole("status")).toContainText("being confirmed");

    const event = signedStripeEvent("checkout.session.completed", fake.completeSession(checkoutId, { email: buyer, name: "Casey Buyer" }));
    const forged = await request.post("/api/stripe/webhook", { data: event.payload, headers: { "stripe-signature": "t=1,v1=forged", "content-type": "application/json" } });
    expect(forged.status()).toBe(400);
    const delivered = await request.post("/api/stripe/webhook", { data: event.payload, headers: { "stripe-signature": event.signature, "content-type": "application/json" } });
    expect(delivered.status()).toBe(200);
    expect(await delivered.json()).toEqual({ received: true });
    const replayed = await request.post("/api/stripe/webhook", { data: event.payload, headers: { "stripe-signature": event.signature, "content-type": "application/json" } });
    expect(await replayed.json()).toEqual({ received: true, duplicate: true });

    await page.goto(`/services/checkout/success?session_id=${checkoutId}`);
    await expect(page.getByText("Your payment for Career Kickstart is confirmed")).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, "checkout-success");

    // The buyer was new: the portal invitation signs them in.
    await openLatestEmail(page, buyer, "invited you to your career roadmap");
    const link = page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).first();
    await page.goto((await link.getAttribute("href"))!);
    await expect(page).toHaveURL(/\/portal/);
    await page.goto("/portal/packages");
    await expect(page.getByRole("heading", { name: "Sessions and packages" })).toBeVisible();
    await expect(page.getByTestId("credits-left")).toHaveText("3");
    await expect(page.getByRole("heading", { name: "Career Kickstart", level: 3 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshots(page, "portal-packages");

    // Buying more from the portal goes to checkout with the client's email filled in.
    await page.getByRole("button", { name: "Buy Career Growth" }).click();
    await page.waitForURL(/\/checkout\/cs_test_/);
    const again = fake.sessions.get(new URL(page.url()).pathname.split("/").pop()!)!;
    expect(again.customer_email).toBe(buyer);
    expect(again.metadata.contactId).toBeTruthy();
  });

  test("the coach manages packages and sees the payment, then a refund revokes credits", async ({ page, request }) => {
    // Its own purchase, so this test does not depend on the one before it.
    const checkoutId = await startKickstartCheckout(page);
    await completeCheckout(request, checkoutId, { email: `refund.${Date.now()}@example.com`, name: "Casey Refund" });
    await signInAs(page, "coach@example.com");
    await page.goto("/coach/packages");
    await expect(page.getByRole("heading", { name: "Packages", level: 1 })).toBeVisible();
    await expect(page.getByText("Payments setup")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await screenshots(page, "coach-packages");

    await page.getByRole("link", { name: "New package" }).click();
    await page.getByLabel("Name").fill("Interview Sprint");
    await page.getByLabel("Number of sessions").fill("2");
    await page.getByLabel("Price").fill("abc");
    await page.getByRole("button", { name: "Create package" }).click();
    await expect(page.getByText("Enter a price like 450 or 450.00")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Interview Sprint");
    await expectNoAxeViolations(page);
    await screenshots(page, "coach-package-form");
    await page.getByLabel("Price").fill("300");
    await page.getByRole("button", { name: "Create package" }).click();
    await expect(page).toHaveURL(/\/coach\/packages\?saved=created/);
    await expect(page.getByRole("link", { name: "Interview Sprint", exact: true })).toBeVisible();
    await page.goto("/services");
    await expect(page.getByRole("button", { name: "Buy Interview Sprint" })).toBeVisible();

    await page.goto("/coach/payments");
    const row = page.getByRole("row", { name: /Casey Refund/ });
    await expect(row).toContainText("Career Kickstart");
    await expect(row).toContainText("£450.00");
    await expect(row).toContainText("3 of 3");
    await expectNoAxeViolations(page);

    await screenshots(page, "coach-payments");

    // The coach refunds a third; Stripe then reports it and the webhook revokes one credit.
    await page.getByRole("link", { name: "View Career Kickstart for Casey Refund" }).click();
    await expect(page.getByRole("heading", { name: "Career Kickstart for Casey Refund" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Amount to refund (GBP)").fill("150");
    await page.getByRole("button", { name: "Refund" }).click();
    await expect(page.getByRole("status")).toContainText("Refund sent to Stripe");
    await screenshots(page, "coach-payment-refund");
    const refund = signedStripeEvent("charge.refunded", fake.refundedCharge(checkoutId));
    const res = await request.post("/api/stripe/webhook", { data: refund.payload, headers: { "stripe-signature": refund.signature, "content-type": "application/json" } });
    expect(res.status()).toBe(200);
    await page.goto("/coach/payments");
    await expect(row).toContainText("Partly refunded");
    await expect(row).toContainText("£150.00");
    await expect(row).toContainText("2 of 3");
  });
});
