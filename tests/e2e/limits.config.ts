// Rate limits through HTTP, against the production server with limits ON (the main config turns
// them off so journeys can repeat). The server trusts 127.0.0.2 as a proxy: requests the spec sends
// from that address act as a proxy's, the others as a client's connecting directly.
//   NEXT_DIST_DIR=<dir> E2E_PORT=<port> npx playwright test -c tests/e2e/limits.config.ts
import { fileURLToPath } from "node:url";
import path from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import base from "../../playwright.config";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Read by the spec: under the main config it skips itself.
process.env.E2E_RATE_LIMITS = "on";

const server = base.webServer as Extract<PlaywrightTestConfig["webServer"], { command: string }>;

export default defineConfig({
  ...base,
  testDir: path.join(root, "tests/e2e"),
  testMatch: "limits.spec.ts",
  workers: 1,
  outputDir: process.env.E2E_OUTPUT_DIR ?? path.join(root, "test-results/limits-e2e"),
  webServer: {
    ...server,
    cwd: root,
    env: { ...server.env, AMBIT_RATE_LIMITS: "on", AMBIT_TRUSTED_PROXIES: "127.0.0.2" },
  },
});
