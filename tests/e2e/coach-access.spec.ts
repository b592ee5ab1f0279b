import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { COACH_ROUTE_FILES, COACH_ROUTE_ROOTS, COACH_ROUTES, UNKNOWN_ID, type CoachRoute } from "../support/coach-routes";
import { signInAs } from "./support";

// Anonymous -> sign-in and client -> 403, for every coach page, API route and server action in
// the one list (tests/support/coach-routes.ts); and the list must match the files and the build.

type Manifest = { node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> };

type ActionRef = { id: string; path: string };

/** Action ids by "file#export", with a page that serves each (the id is only accepted on a page that uses the action). */
function readActionIds(): Map<string, ActionRef> {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const ids = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const worker = Object.keys(entry.workers ?? {}).find((w) => w.startsWith("app/coach"));
    const page = worker?.replace(/^app/, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, UNKNOWN_ID);
    ids.set(`${entry.filename.replace(/^\.\//, "")}#${entry.exportedName}`, { id, path: page ?? "/coach" });
  }
  return ids;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const label = (r: CoachRoute) => (r.kind === "action" ? `action ${r.name}` : `${r.kind} ${r.path}`);

async function call(request: APIRequestContext, route: CoachRoute, actionIds: Map<string, ActionRef>) {
  if (route.kind !== "action") return request.get(route.path, { maxRedirects: 0 });
  const ref = actionIds.get(`${route.file}#${route.name}`);
  expect(ref, `${route.name} is in the build`).toBeTruthy();
  return request.post(ref!.path, { headers: { "Next-Action": ref!.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }, data: "[]", maxRedirects: 0 });
}

test("the route list covers every coach page, route handler and server action", () => {
  const files = [...COACH_ROUTE_FILES, ...COACH_ROUTE_ROOTS.flatMap(walk)].filter((f) => /(^|\/)(page\.tsx|route\.ts|actions\.ts)$/.test(f));
  const listed = new Set(COACH_ROUTES.map((r) => r.file));
  expect(files.filter((f) => !listed.has(f)), "files missing from tests/support/coach-routes.ts").toEqual([]);
  const ids = readActionIds();
  const inBuild = [...ids.keys()].filter((k) => COACH_ROUTE_ROOTS.some((root) => k.startsWith(`${root}/`)) && k.includes("/actions.ts#"));
  const listedActions = new Set(COACH_ROUTES.filter((r) => r.kind === "action").map((r) => `${r.file}#${(r as { name: string }).name}`));
  expect(inBuild.filter((k) => !listedActions.has(k)), "server actions missing from tests/support/coach-routes.ts").toEqual([]);
});

test("an anonymous visitor is sent to sign-in from every coach route and action", async ({ request }) => {
  const ids = readActionIds();
  for (const route of COACH_ROUTES) {
    const res = await call(request, route, ids);
    if (route.kind === "action") {
      // A server action answers a redirect in its own header, which the client router follows.
      expect(res.headers()["x-action-redirect"] ?? res.headers()["location"] ?? "", `${label(route)}: status ${res.status()}`).toContain("/sign-in");
      expect(await res.text(), label(route)).not.toContain("Saved");
    } else {
      expect([303, 307, 308], `${label(route)}: status ${res.status()}`).toContain(res.status());
      expect(res.headers()["location"], label(route)).toContain("/sign-in");
    }
  }
});

test("a signed-in client gets 403 from every coach route and action", async ({ page }) => {
  await signInAs(page, "client@example.com");
  await expect(page).toHaveURL(/\/portal/);
  const ids = readActionIds();
  for (const route of COACH_ROUTES) {
    const res = await call(page.request, route, ids);
    expect(res.status(), label(route)).toBe(403);
  }
});
