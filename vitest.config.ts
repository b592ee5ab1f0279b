import { defineConfig } from "vitest/config";

// Two projects: pure unit tests, and integration tests that talk to a database
// (PGlite in memory by default, PostgreSQL when DATABASE_URL is set).
export default defineConfig({
  // "server-only" throws outside a React Server Components bundle; in tests it is a no-op.
  resolve: { tsconfigPaths: true, alias: { "server-only": new URL("./tests/support/empty-module.ts", import.meta.url).pathname } },
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts", "emails/**/*.test.tsx"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file gets its own database; on PostgreSQL files run one at a time to stay within connections.
          fileParallelism: !process.env.DATABASE_URL,
        },
      },
    ],
  },
});
