import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against the production build (`npm run build` first), started here on its
// own port with its own embedded database, so they never touch the developer's data.
const port = Number(process.env.E2E_PORT ?? 3200);
const dataDir = process.env.E2E_DATA_DIR ?? `.data/e2e-${port}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // Runs under tests/e2e/two-factor.config.ts, on a server of its own.
  testIgnore: ["two-factor.spec.ts"],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_DOWNLOADED ? undefined : chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `rm -rf ${dataDir} && npm run start -- -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      AMBIT_DATA_DIR: dataDir,
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop",
      AUTH_URL: `http://localhost:${port}`,
      AMBIT_DEV_MAIL: "on",
      AMBIT_RATE_LIMITS: "off",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.E2E_ENV ? JSON.parse(process.env.E2E_ENV) : {}),
    },
  },
});
