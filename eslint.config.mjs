import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const clockRules = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/scheduling is pure: take `now` as an argument." },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/scheduling is pure: take `now` as an argument." },
];

// One file-name case: kebab-case (App Router folders and components already use it). Next's
// bracketed route folders are folders, not file names, so only the base name is checked.
const kebabCaseFiles = {
  meta: { type: "problem", schema: [] },
  create(context) {
    const base = context.filename.split(/[\\/]/).pop() ?? "";
    const stem = base.split(".")[0];
    if (stem && !/^_?[a-z0-9]+(-[a-z0-9]+)*$/.test(stem) && !stem.startsWith("[")) {
      return { Program: (node) => context.report({ node, message: `Name files in kebab-case: "${base}".` }) };
    }
    return {};
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench-results/**", "db/migrations/**", "next-env.d.ts"] },
  {
    // import/no-cycle follows our own files only: parsing node_modules is slow and tells nothing.
    settings: { "import/ignore": ["node_modules"] },
    plugins: { drizzle },
    rules: {
      // No delete or update without where: one slip would wipe a table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "t", "trx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "t", "trx"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // No import cycles: a cycle makes load order decide what is undefined.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.ts", "emails/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}", "scripts/**/*.ts"],
    plugins: { ambit: { rules: { "kebab-case-files": kebabCaseFiles } } },
    rules: { "ambit/kebab-case-files": "error" },
  },
  {
    // The environment is read and validated in one place.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.ts", "emails/**/*.{ts,tsx}"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read the environment through env() in lib/env.ts." }],
    },
  },
  {
    // lib/ is the product's logic: it never reaches up into the routes and components of app/.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/scheduling/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "**/app/*"], message: "lib/ never imports app/." }] }],
    },
  },
  {
    // Dependencies point one way: app -> lib -> db. Types may be imported from the schema.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "drizzle-orm", message: "Queries live in lib/: app/ calls a service." }],
        patterns: [
          { group: ["@/db/*", "**/db/*"], allowTypeImports: true, message: "app/ reaches the database through lib/ (use @/lib/db)." },
          { group: ["drizzle-orm/*"], message: "Queries live in lib/: app/ calls a service." },
        ],
      }],
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
