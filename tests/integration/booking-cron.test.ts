import { afterEach, describe, expect, it, vi } from "vitest";

// The route reads CRON_SECRET through the cached env: load it fresh for each case.
async function loadRoute(secret: string | undefined) {
  vi.resetModules();
  if (secret === undefined) delete process.env.CRON_SECRET;
  else process.env.CRON_SECRET = secret;
  return import("@/app/api/cron/tick/route");
}

const call = (route: { POST: (r: Request) => Promise<Response> }, auth?: string) =>
  route.POST(new Request("http://localhost/api/cron/tick", { method: "POST", headers: auth ? { authorization: auth } : {} }));

afterEach(() => {
  delete process.env.CRON_SECRET;
});

describe("POST /api/cron/tick", () => {
  it("is hidden (404) when CRON_SECRET is not set", async () => {
    const route = await loadRoute(undefined);
    expect((await call(route, "Bearer anything-at-all-here")).status).toBe(404);
  });

  it("refuses a missing or wrong bearer token with 401", async () => {
    const route = await loadRoute("cron-secret-0123456789");
    expect((await call(route)).status).toBe(401);
    expect((await call(route, "Bearer wrong-secret-0123456789")).status).toBe(401);
    expect((await call(route, "cron-secret-0123456789")).status).toBe(401);
  });
});
