import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoAxeViolations, signInAs } from "./support";

// Daily use a coach and a client can trust: leads that stay until seen, stages and lists that
// follow bookings, marks only on sessions that have started (and undone), a portal that asks
// before spending or giving up a credit, credits the coach manages, and a CSV import that merges.
// Times are taken from what the API and the pages offer, never from the calendar.
test.describe.configure({ mode: "serial" });

const stamp = Date.now();
const lead = { name: `Lena Lead ${stamp}`, email: `lena.lead.${stamp}@example.com` };

/** Books a free discovery call through the public API: the first or last time it offers in the window. */
async function bookDiscovery(request: APIRequestContext, who: { name: string; email: string }, pick: "first" | "last") {
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 59 * 86_400_000).toISOString().slice(0, 10);
  const availability = await request.get(`/api/availability?type=discovery&from=${from}&to=${to}&tz=Europe/London`);
  expect(availability.status()).toBe(200);
  const { slots } = (await availability.json()) as { slots: { start: string }[] };
  expect(slots.length).toBeGreaterThan(1);
  // Spread the picks so parallel runs of this file do not race for one time.
  const slot = pick === "first" ? slots[stamp % Math.min(slots.length, 20)] : slots[slots.length - 1 - (stamp % Math.min(slots.length, 5))];
  const res = await request.post("/api/bookings", { data: { type: "discovery", start: slot.start, name: who.name, email: who.email, timezone: "Europe/London" } });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { id: string; start: string; manageUrl: string };
  return { ...body, path: new URL(body.manageUrl).pathname };
}

test("a new lead stays on the dashboard across reloads until the coach marks all seen", async ({ page, request }) => {
  await bookDiscovery(request, lead, "first");
  await signInAs(page, "coach@example.com");
  const newLeads = page.getByRole("region", { name: "New leads" });
  await page.goto("/coach");
  await expect(newLeads.getByRole("link", { name: lead.name })).toBeVisible();
  await page.reload();
  await expect(newLeads.getByRole("link", { name: lead.name })).toBeVisible();
  await page.goto("/coach");
  await expect(newLeads.getByRole("link", { name: lead.name })).toBeVisible();
  await expectNoAxeViolations(page);
  await newLeads.getByRole("button", { name: "Mark all seen" }).click();
  await expect(page.getByText("All leads marked seen.")).toBeVisible();
  await expect(newLeads.getByRole("link", { name: lead.name })).toHaveCount(0);
});

test("a cancelled discovery call takes the lead back to Lead; the manage page opens on the booking's month", async ({ page, request }) => {
  const later = { name: `Mo Month ${stamp}`, email: `mo.month.${stamp}@example.com` };
  const booking = await bookDiscovery(request, later, "last");
  await page.goto(booking.path);
  const month = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "Europe/London" }).format(new Date(booking.start));
  await expect(page.getByRole("grid", { name: `Choose a day in ${month}` })).toBeVisible();
  await expect(page.getByText("No free times this month")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByText("Your booking is cancelled")).toBeVisible();
  await signInAs(page, "coach@example.com");
  await page.goto(`/coach/contacts?q=${encodeURIComponent(later.email)}`);
  await page.getByRole("link", { name: later.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: later.name })).toBeVisible();
  await expect(page.getByText("Stage: Discovery booked → Lead (discovery call cancelled)")).toBeVisible();
  // The cancelled call is not listed as upcoming.
  await expect(page.getByRole("region", { name: "Upcoming" }).getByRole("link")).toHaveCount(0);
});

test("a past session's mark can be undone and made again; a future one cannot be marked", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/sessions?when=past&status=completed");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/coach\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("session-status")).toHaveText("Completed");
  await page.getByRole("button", { name: "Undo “Completed”" }).click();
  await expect(page.getByText("Undone: the session is back to not recorded.")).toBeVisible();
  await expect(page.getByTestId("session-status")).toHaveText("Confirmed");
  await page.getByRole("button", { name: "Mark completed" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Completed");

  await page.goto("/coach/sessions");
  // The first upcoming session that has not started: rows are soonest first, so take the last.
  await page.getByRole("table").getByRole("link", { name: /\d{2}:\d{2}/ }).last().click();
  await expect(page).toHaveURL(/\/coach\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("session-status")).toHaveText("Confirmed");
  await expect(page.getByRole("button", { name: "Mark completed" })).toHaveCount(0);
  await expect(page.getByText("You can mark it held or a no-show once it has started.")).toBeVisible();
});

// Client B (Sam): the plans journey counts client A's credits exactly, in parallel with this file.
test("the portal asks before spending a credit and before cancelling, and says what each costs", async ({ page }) => {
  await signInAs(page, "client2@example.com");
  await page.goto("/portal/sessions");
  await expect(page.getByTestId("cancel-rule")).toContainText("Cancel at least 24 hours before it starts");
  const credits = Number(await page.getByTestId("credits-left").textContent());
  expect(credits).toBeGreaterThan(0);
  const times = page.getByRole("link", { name: / at \d{2}:\d{2}/ });
  await times.nth(stamp % Math.min(await times.count(), 6)).click();
  await expect(page.getByRole("heading", { name: "Confirm your session" })).toBeVisible();
  await expect(page.getByTestId("confirm-cost")).toHaveText(`This uses 1 of your ${credits} credits: ${credits - 1} left after booking.`);
  await expectNoAxeViolations(page);
  // Nothing is spent by choosing a time.
  await page.goto("/portal/sessions");
  await expect(page.getByTestId("credits-left")).toHaveText(String(credits));
  await page.goBack();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page).toHaveURL(/\/portal\/sessions\/[0-9a-f-]{36}\?booked=1$/);
  await expect(page.getByText(/Your session is booked/)).toBeVisible();
  await expect(page.getByText(/Cancel before .* and the credit comes back/)).toBeVisible();

  await page.getByRole("link", { name: "Cancel session" }).click();
  await expect(page.getByRole("heading", { name: "Cancel this session?" })).toBeVisible();
  await expect(page.getByTestId("cancel-cost")).toHaveText("The credit comes back to your package.");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Keep it" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Confirmed");
  await page.getByRole("link", { name: "Cancel session" }).click();
  await page.getByRole("button", { name: /^Yes, cancel/ }).click();
  await expect(page.getByText("Session cancelled. The credit is back in your package.")).toBeVisible();
  await page.goto("/portal/sessions");
  await expect(page.getByTestId("credits-left")).toHaveText(String(credits));
  // The cancelled session is under "Past and cancelled", not "Upcoming".
  await expect(page.getByRole("region", { name: "Upcoming" }).getByText("Cancelled")).toHaveCount(0);
});

test("the coach grants a credit with a reason, and it is on the timeline", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/contacts?q=client2%40example.com");
  await page.getByRole("link", { name: "Sam Patel" }).first().click();
  const before = Number(await page.getByTestId("contact-credits-left").textContent());
  const grant = page.getByRole("region", { name: "Grant free credits" });
  await grant.getByRole("button", { name: "Grant credits" }).click();
  await expect(grant.getByText(/Say why/)).toBeVisible();
  await grant.getByLabel("Reason").fill(`Goodwill ${stamp}`);
  await grant.getByRole("button", { name: "Grant credits" }).click();
  await expect(grant.getByText("1 credit granted")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("contact-credits-left")).toHaveText(String(before + 1));
  await expect(page.getByText(`Goodwill ${stamp}`).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a CSV with a known contact imports the rest and reports each row", async ({ page }) => {
  await signInAs(page, "coach@example.com");
  await page.goto("/coach/contacts/import");
  const csv = ["Invitee Name,Invitee Email,Event Type Name", `Nina New ${stamp},nina.${stamp}@example.com,Discovery Call`, "Priya Shah,priya.shah@example.com,Discovery Call"].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "calendly.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByLabel(/Skip them/).check();
  await page.getByRole("button", { name: "Preview import" }).click();
  const plan = page.getByRole("table", { name: "What will happen to each row" });
  await expect(plan.getByRole("row", { name: /nina\./ })).toContainText("Created");
  await expect(plan.getByRole("row", { name: /priya\.shah/ })).toContainText("Skipped");
  await page.getByRole("button", { name: /^Import: 1 new/ }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
  await expect(page.getByText("Reading the file")).toHaveCount(0);
  await expect(page.getByRole("table", { name: "What happened to each row" }).getByRole("row", { name: /priya\.shah/ })).toContainText("already a contact");
  await expectNoAxeViolations(page);
  await page.goto(`/coach/contacts?q=${encodeURIComponent(`nina.${stamp}`)}`);
  await expect(page.getByRole("link", { name: `Nina New ${stamp}` }).first()).toBeVisible();
});

test.describe("on a phone, without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("the portal's confirm step works without scripts", async ({ page }) => {
    await signInAs(page, "client2@example.com");
    await page.goto("/portal/sessions");
    const times = page.getByRole("link", { name: / at \d{2}:\d{2}/ });
    await times.nth(1).click();
    await expect(page.getByRole("heading", { name: "Confirm your session" })).toBeVisible();
    await expect(page.getByTestId("confirm-cost")).toContainText("This uses 1 of your");
    await page.getByRole("link", { name: "Choose another time" }).click();
    await expect(page.getByRole("heading", { name: "Confirm your session" })).toHaveCount(0);
  });
});
