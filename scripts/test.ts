// The one test command (`npm test`): unit and integration tests (embedded database), then the
// production build and the end-to-end tests in Chromium. Prints "N passed, N failed" at the end.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1" };
const only = process.argv[2]; // optional: "unit" | "integration" | "e2e"

type Tally = { name: string; passed: number; failed: number; ok: boolean };
const tallies: Tally[] = [];

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status === 0;
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function vitest(project: "unit" | "integration") {
  const out = path.join(results, `vitest-${project}.json`);
  fs.rmSync(out, { force: true });
  const ok = run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const json = readJson(out) as { numPassedTests?: number; numFailedTests?: number } | null;
  tallies.push({ name: `${project} (vitest)`, passed: json?.numPassedTests ?? 0, failed: json?.numFailedTests ?? (ok ? 0 : 1), ok });
}

/** Debian's Chromium when it can be installed, else Playwright's own download. */
function ensureChromium(): Record<string, string> {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return { CHROMIUM_PATH: found };
  const canApt = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (canApt && run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]) && fs.existsSync("/usr/bin/chromium")) {
    return { CHROMIUM_PATH: "/usr/bin/chromium" };
  }
  console.log("Debian's chromium is not available here; downloading Playwright's Chromium instead.");
  run(bin("playwright"), ["install", "chromium"]);
  return { PLAYWRIGHT_DOWNLOADED: "1" };
}

function e2e() {
  const browser = ensureChromium();
  const dist = ".next-test";
  if (!run(bin("next"), ["build"], { NEXT_DIST_DIR: dist })) {
    tallies.push({ name: "build", passed: 0, failed: 1, ok: false });
    return;
  }
  const configs = ["playwright.config.ts", ...fs.readdirSync("tests/e2e").filter((f) => f.endsWith(".config.ts")).map((f) => `tests/e2e/${f}`)];
  configs.forEach((config, i) => {
    const out = path.join(results, `e2e-${i}.json`);
    fs.rmSync(out, { force: true });
    const ok = run(bin("playwright"), ["test", "--config", config, "--reporter=list,json"], {
      ...browser,
      NEXT_DIST_DIR: dist,
      E2E_PORT: String(3200 + i * 10),
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    });
    const stats = (readJson(out) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null)?.stats;
    tallies.push({ name: `e2e ${path.basename(config)}`, passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? (ok ? 0 : 1), ok });
  });
}

if (!only || only === "unit") vitest("unit");
if (!only || only === "integration") vitest("integration");
if (!only || only === "e2e") e2e();

const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log("\nSummary");
for (const t of tallies) console.log(`  ${t.ok ? "ok  " : "FAIL"} ${t.name}: ${t.passed} passed, ${t.failed} failed`);
fs.writeFileSync(path.join(results, "summary.json"), JSON.stringify({ passed, failed, suites: tallies }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(tallies.every((t) => t.ok) && failed === 0 ? 0 : 1);
