// The payments journey needs the app to talk to a fake Stripe, whose address must be known before
// the server starts. This config extends the main one: it gives the server the fake's address and
// test keys, and runs only payments.spec.ts, which starts the fake on that port.
//   NEXT_DIST_DIR=<dir> E2E_PORT=<port> npx playwright test -c tests/e2e/payments.config.ts
import { fileURLToPath } from "node:url";
import path from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import base from "../../playwright.config";
import { FAKE_STRIPE_KEY, FAKE_WEBHOOK_SECRET } from "../support/fake-stripe";

const root = fileURLToPath(new URL("../..", import.meta.url));
const stripePort = Number(process.env.E2E_STRIPE_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 9000);
// Read by the spec (and its workers, which inherit this process's environment).
process.env.E2E_STRIPE_PORT = String(stripePort);

const server = base.webServer as Extract<PlaywrightTestConfig["webServer"], { command: string }>;

export default defineConfig({
  ...base,
  testDir: path.join(root, "tests/e2e"),
  testMatch: "payments.spec.ts",
  outputDir: process.env.E2E_OUTPUT_DIR ?? path.join(root, "test-results/payments-e2e"),
  webServer: {
    ...server,
    cwd: root,
    env: {
      ...server.env,
      STRIPE_SECRET_KEY: FAKE_STRIPE_KEY,
      STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET,
      STRIPE_API_URL: `http://127.0.0.1:${stripePort}`,
    },
  },
});
