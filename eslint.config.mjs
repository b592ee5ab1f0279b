import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const clockRules = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/scheduling is pure: take `now` as an argument." },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/scheduling is pure: take `now` as an argument." },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench-results/**", "db/migrations/**", "next-env.d.ts"] },
  {
    plugins: { drizzle },
    rules: {
      // No delete or update without where: one slip would wipe a table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "t", "trx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "t", "trx"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Dependencies point one way: app -> lib -> db. Types may be imported from the schema.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/db/*", "**/db/*"], allowTypeImports: true, message: "app/ reaches the database through lib/ (use @/lib/db)." }] }],
    },
  },
  {
    // The slot engine is pure: no database, no framework, no clock.
    files: ["lib/scheduling/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/db/*", "**/db/*", "next", "next/*", "@/lib/*", "@/app/*", "react"], message: "lib/scheduling imports nothing of the app, the database or the framework." },
      ] }],
      "no-restricted-syntax": ["error", ...clockRules],
    },
  },
];

export default config;
