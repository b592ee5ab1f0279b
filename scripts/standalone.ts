// After `next build` with output "standalone": completes the folder so it runs on its own with
// `node prepare-db.mjs && node server.js` (what the Dockerfile does). Next leaves out the static
// assets and public/; the app also reads its migrations and articles at run time. The start-up
// step (migrations under a lock, the coach account) is bundled to one file, so the image needs
// neither tsx nor the development dependencies.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const dist = process.env.NEXT_DIST_DIR || ".next";
const out = path.join(dist, "standalone");
if (!fs.existsSync(path.join(out, "server.js"))) throw new Error(`${out}/server.js is missing: run next build first (next.config.ts sets output: "standalone")`);

const copies: Array<[string, string]> = [
  [path.join(dist, "static"), path.join(out, dist, "static")],
  ["public", path.join(out, "public")],
  ["content", path.join(out, "content")],
  [path.join("db", "migrations"), path.join(out, "db", "migrations")],
];
for (const [from, to] of copies) if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });

await build({
  entryPoints: ["scripts/prepare-db.ts"],
  outfile: path.join(out, "prepare-db.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // PGlite loads WASM files beside its code: it stays a package (Next's trace keeps it).
  external: ["@electric-sql/pglite", "@electric-sql/pglite/*"],
  alias: { "@": "." },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: "warning",
});
console.log(`${out} is complete: cd ${out} && node prepare-db.mjs && node server.js`);
