// Limits nobody can walk around, and nothing that reveals a client, checked through HTTP against
// the production server with rate limits on. Run with tests/e2e/limits.config.ts.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { signInAs } from "./support";

test.skip(process.env.E2E_RATE_LIMITS !== "on", "needs tests/e2e/limits.config.ts (rate limits on, 127.0.0.2 trusted as a proxy)");

const port = Number(process.env.E2E_PORT ?? 3200);
type Reply = { status: number; headers: http.IncomingHttpHeaders; text: string };

/**
 * One request over a connection from `localAddress` (127.0.0.1: a client; 127.0.0.2: the trusted
 * proxy). Redirects are not followed.
 */
function send(localAddress: string, method: string, path: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, localAddress, method, path, headers: { host: `localhost:${port}`, ...opts.headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}
const asClient = (method: string, path: string, opts?: Parameters<typeof send>[3]) => send("127.0.0.1", method, path, opts);
const viaProxy = (forwardedFor: string, method: string, path: string, opts: Parameters<typeof send>[3] = {}) =>
  send("127.0.0.2", method, path, { ...opts, headers: { "x-forwarded-for": forwardedFor, ...opts.headers } });

// A time in the past: the request is counted and then refused with 409, so nothing is written.
const pastBooking = (email: string) =>
  JSON.stringify({ type: "discovery", start: "2020-01-06T10:00:00Z", name: "Rate Probe", email, timezone: "Europe/London" });
const json = { "content-type": "application/json" };
let unique = 0;
const nextId = () => ++unique;

test("X-Forwarded-For from a client changes nothing: after ten bookings the eleventh is refused", async () => {
  for (let i = 1; i <= 10; i++) {
    const r = await asClient("POST", "/api/bookings", { headers: { ...json, "x-forwarded-for": `203.0.113.${i}`, "x-ambit-client-ip": `203.0.113.${i}` }, body: pastBooking(`direct${i}@example.com`) });
    expect(r.status, `request ${i}`).toBe(409);
  }
  const refused = await asClient("POST", "/api/bookings", { headers: { ...json, "x-forwarded-for": "203.0.113.77" }, body: pastBooking("direct-new@example.com") });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
});

test("behind the trusted proxy, the right-most hop it did not write is the client", async () => {
  // Twelve different clients behind the proxy: none is limited by the others.
  for (let i = 1; i <= 12; i++) {
    const r = await viaProxy(`198.51.100.${i}`, "POST", "/api/bookings", { headers: json, body: pastBooking(`proxied${i}@example.com`) });
    expect(r.status, `client ${i}`).toBe(409);
  }
  // One client who writes a new first hop each time is still one client.
  const statuses: number[] = [];
  for (let i = 1; i <= 11; i++) {
    const r = await viaProxy(`10.66.0.${i}, 198.51.100.200`, "POST", "/api/bookings", { headers: json, body: pastBooking(`spoofer${i}@example.com`) });
    statuses.push(r.status);
  }
  expect(statuses).toEqual([...Array(10).fill(409), 429]);
});

test("Auth.js's own POST /api/auth/signin/email is limited too: five links per address, then a refusal", async ({ page }) => {
  const csrf = await asClient("GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookie = ([] as string[]).concat(csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const locations: string[] = [];
  for (let i = 1; i <= 8; i++) {
    // A different client address each time: only the per-email limit can stop these.
    const r = await viaProxy(`192.0.2.${nextId()}`, "POST", "/api/auth/signin/email", {
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ email: "client@example.com", csrfToken, callbackUrl: "/portal" }).toString(),
    });
    expect(r.status, `request ${i}`).toBe(302);
    locations.push(new URL(String(r.headers.location), "http://localhost").pathname + new URL(String(r.headers.location), "http://localhost").search);
  }
  // Auth.js sends an accepted request to its verify-request route, which shows "check your email".
  expect(locations.slice(0, 5).every((l) => l.startsWith("/api/auth/verify-request")), locations.join(" ")).toBe(true);
  expect(locations.slice(5)).toEqual(Array(3).fill("/sign-in?error=RateLimited"));

  // The refused requests mailed nothing: five sign-in links in the mailbox, not eight.
  const links = async () => {
    await page.goto("/dev/mail");
    return page.locator("tr", { hasText: "client@example.com" }).filter({ hasText: "Sign in to" }).count();
  };
  await expect.poll(links, { timeout: 10_000 }).toBe(5);
  await page.waitForTimeout(1000);
  expect(await links()).toBe(5);

  // The sign-in form (a server action) passes the same limit, and says why.
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("client@example.com");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Too many sign-in requests")).toBeVisible();
  expect(await links()).toBe(5);
});

test("an anonymous booking with a client's email shows only what the requester typed", async ({ page }) => {
  const today = new Date();
  const from = today.toISOString().slice(0, 10);
  const to = new Date(today.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const availability = await viaProxy(`192.0.2.${nextId()}`, "GET", `/api/availability?type=discovery&from=${from}&to=${to}&tz=Europe/London`);
  const { slots } = JSON.parse(availability.text) as { slots: { start: string }[] };
  expect(slots.length).toBeGreaterThan(0);
  const booked = await viaProxy(`192.0.2.${nextId()}`, "POST", "/api/bookings", {
    headers: json,
    body: JSON.stringify({ type: "discovery", start: slots[slots.length - 1].start, name: "Mallory Probe", email: "client@example.com", timezone: "Europe/London" }),
  });
  expect(booked.status).toBe(201);
  const { manageUrl } = JSON.parse(booked.text) as { manageUrl: string };
  const managePath = new URL(manageUrl).pathname;

  await page.goto(managePath);
  await expect(page.getByText("Hi Mallory")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Jordan");
  const ics = await viaProxy(`192.0.2.${nextId()}`, "GET", `${managePath}/ics`);
  expect(ics.status).toBe(200);
  expect(ics.text).toContain("Mallory Probe");
  expect(ics.text).not.toContain("Jordan");
});

test("/api/auth/session tells a script on the page who is signed in, and nothing more", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  const response = await page.request.get("/api/auth/session");
  const body = await response.json();
  expect(body).toEqual({ user: { name: expect.any(String), email: "coach@example.com", role: "coach" }, expires: expect.any(String) });
  const cookies = await page.context().cookies();
  const token = cookies.find((c) => c.name.includes("session-token"))?.value;
  expect(token).toBeTruthy();
  expect(JSON.stringify(body)).not.toContain(token!);
});
