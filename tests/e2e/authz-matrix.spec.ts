// The authorization matrix: every page and route handler of tests/support/routes.ts, requested as
// each role (anonymous, client A, client B, the coach), must answer exactly what the list says;
// client B asking for client A's records by id sees nothing. Server actions are covered by the
// static guard check in tests/unit/routes-list.test.ts.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { ROLE_EMAILS, ROLES, ROUTES, type Outcome, type Placeholder, type Role, type RouteEntry } from "../support/routes";
import { signInAs } from "./support";

// One signed-in browser context per role (its cookies serve the API requests too), for the run.
const sessions = {} as Record<Role, BrowserContext>;
const contexts = {} as Record<Role, APIRequestContext>;
const values = {} as Record<Placeholder, string>;

function firstMatch(html: string, pattern: RegExp, what: string): string {
  const match = pattern.exec(html);
  if (!match) throw new Error(`could not find ${what}`);
  return match[1];
}

/** Signs in through the magic link, as a person would. */
async function signedInContext(browser: Browser, baseURL: string, role: Role): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  if (role !== "anonymous") {
    const page = await context.newPage();
    await signInAs(page, ROLE_EMAILS[role]);
    await expect(page).toHaveURL(role === "coach" ? /\/coach/ : /\/portal/);
    await page.close();
  }
  return context;
}

/** Client A adds a job application and a networking contact through the portal, so both have ids. */
async function addClientARecords() {
  const page = await sessions.clientA.newPage();
  await page.goto("/portal/job-search");
  await page.getByText("Add an application").click();
  await page.getByLabel("Company").fill("Matrix Test Ltd");
  await page.getByLabel("Role", { exact: true }).fill("Authorization Analyst");
  await page.getByRole("button", { name: "Add application" }).click();
  await expect(page.getByText("Matrix Test Ltd").first()).toBeVisible();
  await page.getByText("Add a networking contact").click();
  await page.locator("form", { has: page.getByRole("button", { name: "Add contact" }) }).getByLabel("Name", { exact: true }).fill("Mat Rix");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByText("Mat Rix").first()).toBeVisible();
  await page.close();
}

/** A real manage token: book a free slot through the public API. */
async function bookThroughApi(request: APIRequestContext): Promise<string> {
  const from = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const availability = await request.get(`/api/availability?type=discovery&from=${from}&to=${to}&tz=Europe/London`);
  const { slots } = (await availability.json()) as { slots: { start: string }[] };
  const res = await request.post("/api/bookings", { data: { type: "discovery", start: slots[slots.length - 1].start, name: "Matrix Visitor", email: "matrix.visitor@example.com", timezone: "Europe/London" } });
  expect(res.status()).toBe(201);
  const { manageUrl } = (await res.json()) as { manageUrl: string };
  return manageUrl.split("/booking/")[1];
}

/** Ids of client A's records and of the coach's settings, found as the coach. */
async function discoverIds(coach: APIRequestContext) {
  const contacts = await (await coach.get("/coach/contacts?q=client%40example.com")).text();
  values.contactA = firstMatch(contacts, /href="\/coach\/contacts\/([0-9a-f-]{36})"/, "client A's contact");
  const exported = await coach.get(`/coach/contacts/${values.contactA}/export`);
  expect(exported.status()).toBe(200);
  const data = (await exported.json()) as {
    contact: { email: string };
    bookings: { id: string }[];
    purchases: { id: string }[];
    careerPlan: { jobApplications: { id: string }[]; networkingContacts: { id: string }[] } | null;
  };
  expect(data.contact.email).toBe("client@example.com");
  values.bookingA = data.bookings[0]?.id;
  values.purchaseA = data.purchases[0]?.id;
  values.applicationA = data.careerPlan?.jobApplications[0]?.id ?? "";
  values.networkingA = data.careerPlan?.networkingContacts[0]?.id ?? "";
  values.packageId = firstMatch(await (await coach.get("/coach/packages")).text(), /href="\/coach\/packages\/([0-9a-f-]{36})"/, "a package");
  values.meetingTypeId = firstMatch(await (await coach.get("/coach/settings/meeting-types")).text(), /href="\/coach\/settings\/meeting-types\/([0-9a-f-]{36})"/, "a meeting type");
  values.mailId = firstMatch(await (await coach.get("/dev/mail")).text(), /href="\/dev\/mail\/([0-9a-f-]{36})"/, "a message");
  const articles = fs.readdirSync(path.join(process.cwd(), "content", "articles")).filter((f) => f.endsWith(".md")).sort();
  values.articleSlug = articles[0].replace(/\.md$/, "");
  const frontMatter = fs.readFileSync(path.join(process.cwd(), "content", "articles", articles[0]), "utf8");
  values.articleTag = firstMatch(frontMatter, /^tags:\s*\n\s*-\s*([a-z0-9-]+)/m, "an article tag");
  for (const [name, value] of Object.entries(values)) expect(value, `placeholder ${name}`).toBeTruthy();
}

function fill(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: Placeholder) => {
    if (!values[name]) throw new Error(`no value for {${name}}`);
    return values[name];
  });
}

function describeOutcome(outcome: Outcome): string {
  return typeof outcome === "number" ? String(outcome) : outcome === "sign-in" ? "redirect to /sign-in" : `redirect to ${outcome.redirect}`;
}

/** The Open Graph image URL a page declares (its path carries a suffix that changes per build). */
async function ogImageOf(pagePath: string): Promise<string> {
  const html = await (await contexts.anonymous.get(fill(pagePath))).text();
  const content = firstMatch(html, /<meta property="og:image" content="([^"]+)"/, `the og:image of ${pagePath}`);
  const url = new URL(content.replaceAll("&amp;", "&"));
  return `${url.pathname}${url.search}`;
}

async function check(request: APIRequestContext, route: RouteEntry, role: Role): Promise<string | null> {
  const url = route.ogImageOf ? await ogImageOf(route.ogImageOf) : fill(route.path);
  const response = await request.fetch(url, {
    method: route.method,
    maxRedirects: 0,
    data: route.body,
    headers: route.contentType ? { "content-type": route.contentType } : undefined,
  });
  const status = response.status();
  const location = response.headers()["location"] ?? "";
  const wanted = route.expect[role];
  const got = status >= 300 && status < 400 ? `${status} to ${location}` : String(status);
  let ok: boolean;
  if (typeof wanted === "number") ok = status === wanted;
  else if (wanted === "sign-in") ok = status >= 300 && status < 400 && new URL(location, "http://x").pathname === "/sign-in";
  else ok = status >= 300 && status < 400 && new URL(location, "http://x").pathname === wanted.redirect;
  return ok ? null : `${route.method} ${url} (${route.file}): expected ${describeOutcome(wanted)}, got ${got}`;
}

test.describe.serial("authorization matrix", () => {
  test.beforeAll(async ({ browser }, testInfo) => {
    testInfo.setTimeout(180_000);
    const baseURL = String(testInfo.project.use.baseURL);
    for (const role of ROLES) {
      sessions[role] = await signedInContext(browser, baseURL, role);
      contexts[role] = sessions[role].request;
    }
    values.token = await bookThroughApi(contexts.anonymous);
    await addClientARecords();
    await discoverIds(contexts.coach);
  });

  test.afterAll(async () => {
    for (const role of ROLES) await sessions[role]?.close();
  });

  for (const role of ROLES) {
    test(`as ${role}: every route answers what the list says`, async () => {
      test.setTimeout(120_000);
      const failures: string[] = [];
      for (const route of ROUTES) {
        const failure = await check(contexts[role], route, role);
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
    });
  }

  test("client B cannot reach client A's records through the portal by id", async () => {
    const own = ROUTES.filter((r) => r.expect.clientA === 200 && r.expect.clientB === 404);
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const route of own) {
      const response = await contexts.clientB.get(fill(route.path), { maxRedirects: 0 });
      expect(response.status(), route.path).toBe(404);
      const body = await response.text();
      expect(body).not.toContain("Matrix Test Ltd");
      expect(body).not.toContain("Mat Rix");
    }
  });
});
