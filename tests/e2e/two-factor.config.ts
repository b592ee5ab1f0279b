// The two-factor journey turns the demo coach's second factor on, which every other journey signs
// in without: it gets a server (and database) of its own. The short window lets it see erase ask
// for a fresh code without waiting ten minutes.
//   NEXT_DIST_DIR=<dir> E2E_PORT=<port> npx playwright test -c tests/e2e/two-factor.config.ts
import { fileURLToPath } from "node:url";
import path from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import base from "../../playwright.config";

const root = fileURLToPath(new URL("../..", import.meta.url));
const server = base.webServer as Extract<PlaywrightTestConfig["webServer"], { command: string }>;

export default defineConfig({
  ...base,
  testDir: path.join(root, "tests/e2e"),
  testMatch: "two-factor.spec.ts",
  testIgnore: [],
  outputDir: process.env.E2E_OUTPUT_DIR ?? path.join(root, "test-results/two-factor-e2e"),
  webServer: {
    ...server,
    cwd: root,
    env: { ...server.env, AMBIT_TWO_FACTOR_WINDOW_SECONDS: "15" },
  },
});
