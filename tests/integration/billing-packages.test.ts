import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import * as s from "@/db/schema";
import { ensureCoachAccount, seedDemoData } from "@/db/seed";
import { createCheckoutSession } from "@/lib/billing/create-checkout-session";
import { CheckoutUnavailableError, InvalidCreditMeetingTypeError, PackageUnavailableError } from "@/lib/errors";
import { packageInputSchema } from "@/lib/billing/package-input";
import { createPackage, listActivePackages, listCreditMeetingTypes, listPackagesForCoach, movePackage, setPackageActive, updatePackage } from "@/lib/billing/packages";
import { countCreditsLeft, listPaymentsForCoach, listPurchasesForContact, monthlyPaymentTotals } from "@/lib/billing/payments";
import { createStripeClient } from "@/lib/billing/stripe-client";
import { createTestDb, type TestDb } from "../support/db";
import { FAKE_STRIPE_KEY, startFakeStripe, type FakeStripe } from "../support/fake-stripe";

let t: TestDb;
let fake: FakeStripe;
let stripe: Stripe;
let coach: s.Coach;
let other: s.Coach;
let sessionType: s.MeetingType;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: new Date("2026-11-24T10:00:00Z") });
  fake = await startFakeStripe();
  stripe = createStripeClient(FAKE_STRIPE_KEY, { host: "127.0.0.1", port: fake.port, protocol: "http" });
  [coach] = await t.db.select().from(s.coaches);
  ({ coach: other } = await ensureCoachAccount(t.db, "other.coach@example.com", "Other Coach"));
  [sessionType] = await t.db.select().from(s.meetingTypes).where(and(eq(s.meetingTypes.coachId, coach.id), eq(s.meetingTypes.slug, "coaching-session")));
});
afterAll(async () => {
  await fake?.close();
  await t?.close();
});

const form = (over: Record<string, string> = {}) => ({
  name: "Leadership Track", description: "Ten sessions for new managers.", features: "10 sessions\n\n  Plan review  \n", sessionCount: "10",
  meetingTypeId: sessionType.id, price: "1200.5", currency: "gbp", active: "on", position: "5", ...over,
});

describe("package form input", () => {
  it("parses the posted form: amounts to minor units, feature lines trimmed, unchecked box as archived", () => {
    const parsed = packageInputSchema.parse({ ...form(), active: undefined });
    expect(parsed).toMatchObject({ price: 120050, features: ["10 sessions", "Plan review"], sessionCount: 10, active: false, position: 5 });
  });

  it("explains each bad field", () => {
    const result = packageInputSchema.safeParse(form({ name: " ", price: "12.345", sessionCount: "0", meetingTypeId: "nope", currency: "xyz" }));
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(fields).toEqual({
      name: "Give the package a name", price: "Enter a price like 450 or 450.00", sessionCount: "At least 1 session",
      meetingTypeId: "Choose the session type the credits are for", currency: "Choose a currency",
    });
    expect(packageInputSchema.safeParse(form({ price: "0.50" })).error?.issues[0].message).toBe("The price must be at least 1.00");
  });
});

describe("packages", () => {
  it("creates, updates, archives and orders the coach's packages", async () => {
    const created = await createPackage(t.db, coach.id, packageInputSchema.parse(form()));
    expect(created).toMatchObject({ coachId: coach.id, priceCents: 120050, sessionCount: 10, active: true });
    const updated = await updatePackage(t.db, coach.id, created.id, packageInputSchema.parse(form({ price: "999", position: "0" })));
    expect(updated.priceCents).toBe(99900);

    await setPackageActive(t.db, coach.id, created.id, false);
    expect((await listActivePackages(t.db, coach.id)).map((p) => p.id)).not.toContain(created.id);
    expect((await listPackagesForCoach(t.db, coach.id)).find((p) => p.id === created.id)).toMatchObject({ active: false, meetingTypeName: "Coaching session", purchaseCount: 0 });
    await setPackageActive(t.db, coach.id, created.id, true);

    const before = (await listPackagesForCoach(t.db, coach.id)).map((p) => p.id);
    await movePackage(t.db, coach.id, before[1], "up");
    const after = (await listPackagesForCoach(t.db, coach.id)).map((p) => p.id);
    expect(after).toEqual([before[1], before[0], ...before.slice(2)]);
    await movePackage(t.db, coach.id, after[0], "up"); // already first: nothing moves
    expect((await listPackagesForCoach(t.db, coach.id)).map((p) => p.id)).toEqual(after);
  });

  it("only gives credits for the coach's own client-only session types", async () => {
    const types = await listCreditMeetingTypes(t.db, coach.id);
    expect(types.map((m) => m.name)).toEqual(["Coaching session"]);
    const [discovery] = await t.db.select().from(s.meetingTypes).where(and(eq(s.meetingTypes.coachId, coach.id), eq(s.meetingTypes.slug, "discovery")));
    await expect(createPackage(t.db, coach.id, packageInputSchema.parse(form({ meetingTypeId: discovery.id })))).rejects.toBeInstanceOf(InvalidCreditMeetingTypeError);
    await expect(createPackage(t.db, other.id, packageInputSchema.parse(form()))).rejects.toBeInstanceOf(InvalidCreditMeetingTypeError);
  });

  it("never lets one coach change another's package", async () => {
    const [mine] = await listPackagesForCoach(t.db, coach.id);
    await expect(setPackageActive(t.db, other.id, mine.id, false)).rejects.toBeInstanceOf(PackageUnavailableError);
    await expect(movePackage(t.db, other.id, mine.id, "down")).rejects.toBeInstanceOf(PackageUnavailableError);
    expect((await listPackagesForCoach(t.db, coach.id))[0].active).toBe(true);
  });
});

describe("checkout", () => {
  const request = (packageId: string, coachId = coach.id) => ({
    coachId, packageId, publicUrl: "http://localhost:3000", successPath: "/portal/packages?checkout=success", cancelPath: "/portal/packages?checkout=cancelled",
  });

  it("keeps the return path's query and adds the session id", async () => {
    const [pkg] = await listActivePackages(t.db, coach.id);
    await createCheckoutSession(t.db, stripe, request(pkg.id));
    expect(fake.requests.at(-1)!.body.success_url).toBe("http://localhost:3000/portal/packages?checkout=success&session_id={CHECKOUT_SESSION_ID}");
    expect(fake.requests.at(-1)!.body).not.toHaveProperty("customer_email");
  });

  it("refuses archived packages, other coaches' packages and made-up ids without calling Stripe", async () => {
    const [pkg] = await listActivePackages(t.db, coach.id);
    const calls = fake.requests.length;
    await setPackageActive(t.db, coach.id, pkg.id, false);
    await expect(createCheckoutSession(t.db, stripe, request(pkg.id))).rejects.toBeInstanceOf(PackageUnavailableError);
    await setPackageActive(t.db, coach.id, pkg.id, true);
    await expect(createCheckoutSession(t.db, stripe, request(pkg.id, other.id))).rejects.toBeInstanceOf(PackageUnavailableError);
    await expect(createCheckoutSession(t.db, stripe, request("not-a-uuid"))).rejects.toBeInstanceOf(PackageUnavailableError);
    expect(fake.requests.length).toBe(calls);
  });

  it("reports Stripe being unreachable as a checkout that cannot start", async () => {
    const [pkg] = await listActivePackages(t.db, coach.id);
    const closed = await startFakeStripe();
    await closed.close();
    const offline = createStripeClient(FAKE_STRIPE_KEY, { host: "127.0.0.1", port: closed.port, protocol: "http" });
    await expect(createCheckoutSession(t.db, offline, request(pkg.id))).rejects.toBeInstanceOf(CheckoutUnavailableError);
  });
});

describe("payments queries", () => {
  it("lists the coach's payments only, totals them by month in the coach's zone, and counts credits", async () => {
    const [pkg] = await listActivePackages(t.db, coach.id);
    const [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    await t.db.insert(s.purchases).values([
      { contactId: jordan.id, packageId: pkg.id, amountCents: 45000, refundedCents: 15000, currency: "gbp", sessionsTotal: 3, sessionsRemaining: 1, status: "partially_refunded", createdAt: new Date("2026-06-30T23:30:00Z") },
      { contactId: jordan.id, packageId: pkg.id, amountCents: 45000, currency: "gbp", sessionsTotal: 3, sessionsRemaining: 3, createdAt: new Date("2026-07-15T12:00:00Z") },
    ]);
    const [stranger] = await t.db.insert(s.contacts).values({ coachId: other.id, name: "Not Yours", email: "not.yours@example.com" }).returning();
    const [otherPkg] = await t.db.insert(s.packages).values({ coachId: other.id, name: "Other", sessionCount: 1, meetingTypeId: sessionType.id, priceCents: 1000 }).returning();
    await t.db.insert(s.purchases).values({ contactId: stranger.id, packageId: otherPkg.id, amountCents: 1000, currency: "gbp", sessionsTotal: 1, sessionsRemaining: 1, createdAt: new Date("2026-07-02T12:00:00Z") });

    const payments = await listPaymentsForCoach(t.db, coach.id);
    expect(payments.some((p) => p.contactEmail === "not.yours@example.com")).toBe(false);
    expect(payments[0].createdAt.getTime()).toBeGreaterThanOrEqual(payments.at(-1)!.createdAt.getTime());

    const london = await monthlyPaymentTotals(t.db, coach.id, "Europe/London");
    expect(london.find((m) => m.month === "2026-07")).toEqual({ month: "2026-07", currency: "gbp", count: 2, grossCents: 90000, refundedCents: 15000, netCents: 75000 });
    expect(london.find((m) => m.month === "2026-06")).toBeUndefined();
    const utc = await monthlyPaymentTotals(t.db, coach.id, "UTC");
    expect(utc.find((m) => m.month === "2026-06")).toMatchObject({ count: 1, netCents: 30000 });

    const mine = await listPurchasesForContact(t.db, jordan.id);
    expect(mine[0]).toMatchObject({ meetingTypeName: "Coaching session" });
    expect(await countCreditsLeft(t.db, jordan.id)).toBe(mine.reduce((n, p) => n + p.sessionsRemaining, 0));
    expect(await countCreditsLeft(t.db, jordan.id, sessionType.id)).toBe(await countCreditsLeft(t.db, jordan.id));
  });
});
