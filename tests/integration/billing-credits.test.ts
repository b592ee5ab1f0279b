// The coach's own changes to a client's credits: an offline payment, free credits, a credit handed
// back, each with its reason on the timeline; and credits that expire per package.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { ensureCoachAccount, seedDemoData } from "@/db/seed";
import { grantCredits, recordOfflinePayment, returnCredit } from "@/lib/billing/credit-adjustments";
import { creditsExpired } from "@/lib/billing/credit-expiry";
import { listPurchasesForContact } from "@/lib/billing/payments";
import { getSlotsForType, NoCreditError } from "@/lib/booking";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { bookFollowUpSession, FOLLOW_UP_TYPE } from "@/lib/booking/book-follow-up-session";
import { countClientCredits } from "@/lib/plans/sessions/count-client-credits";
import { createTestDb, type TestDb } from "../support/db";

const now = new Date("2026-11-24T10:00:00Z");
const DAY = 86_400_000;
let t: TestDb;
let coach: s.Coach;
let other: s.Coach;
let pkg: s.Package;
let lead: s.Contact;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [coach] = await t.db.select().from(s.coaches);
  ({ coach: other } = await ensureCoachAccount(t.db, "other.coach@example.com", "Other Coach"));
  [pkg] = await t.db.select().from(s.packages).where(eq(s.packages.coachId, coach.id)).orderBy(s.packages.position);
  [lead] = await t.db.insert(s.contacts).values({ coachId: coach.id, name: "Offline Olivia", email: "olivia@example.com", stage: "client" }).returning();
});
afterAll(async () => {
  await t?.close();
});

async function timeline(contactId: string) {
  return t.db.select().from(s.activities).where(eq(s.activities.contactId, contactId)).orderBy(desc(s.activities.createdAt));
}

async function purchasesOf(contactId: string) {
  return t.db.select().from(s.purchases).where(eq(s.purchases.contactId, contactId));
}

describe(`credits the coach manages (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("records an offline payment: the package's credits, the amount, and a timeline entry", async () => {
    const purchase = await recordOfflinePayment(t.db, { coachId: coach.id, contactId: lead.id, now }, { packageId: pkg.id, amount: "450.00", note: "Bank transfer" });
    expect(purchase).toMatchObject({ method: "offline", amountCents: 45000, currency: pkg.currency, sessionsTotal: pkg.sessionCount, sessionsRemaining: pkg.sessionCount, stripeCheckoutSessionId: null });
    expect(purchase.expiresAt).toBeNull();
    const [entry] = await timeline(lead.id);
    expect(entry.kind).toBe("paid");
    expect(entry.summary).toContain("paid offline");
    expect(entry.summary).toContain("Bank transfer");
  });

  it("refuses bad input and another coach's package or contact, writing nothing", async () => {
    const before = (await purchasesOf(lead.id)).length;
    await expect(recordOfflinePayment(t.db, { coachId: coach.id, contactId: lead.id, now }, { packageId: pkg.id, amount: "12.345" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(grantCredits(t.db, { coachId: coach.id, contactId: lead.id, now }, { packageId: pkg.id, credits: "2", reason: "" })).rejects.toMatchObject({ fieldErrors: { reason: [expect.stringContaining("Say why")] } });
    await expect(grantCredits(t.db, { coachId: coach.id, contactId: lead.id, now }, { packageId: pkg.id, credits: "0", reason: "Goodwill" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(grantCredits(t.db, { coachId: other.id, contactId: lead.id, now }, { packageId: pkg.id, credits: "1", reason: "Goodwill" })).rejects.toBeInstanceOf(NotFoundError);
    const [otherPkg] = await t.db
      .insert(s.packages)
      .values({ coachId: other.id, name: "Other's", sessionCount: 1, meetingTypeId: pkg.meetingTypeId, priceCents: 100 })
      .returning();
    await expect(grantCredits(t.db, { coachId: coach.id, contactId: lead.id, now }, { packageId: otherPkg.id, credits: "1", reason: "Goodwill" })).rejects.toBeInstanceOf(InvalidInputError);
    expect((await purchasesOf(lead.id)).length).toBe(before);
  });

  it("grants free credits and returns a spent one, each with its reason on the timeline", async () => {
    const left = await countClientCredits(t.db, lead.id, now);
    const grant = await grantCredits(t.db, { coachId: coach.id, contactId: lead.id, now }, { packageId: pkg.id, credits: "2", reason: "Make-up for the cancelled week" });
    expect(grant).toMatchObject({ method: "grant", amountCents: 0, sessionsTotal: 2, sessionsRemaining: 2 });
    expect(await countClientCredits(t.db, lead.id, now)).toBe(left + 2);
    expect((await timeline(lead.id))[0]).toMatchObject({ kind: "credits_granted", data: { credits: 2, reason: "Make-up for the cancelled week" } });

    // Nothing used yet: nothing can come back.
    await expect(returnCredit(t.db, { coachId: coach.id, contactId: lead.id, now }, { purchaseId: grant.id, reason: "Late cancel forgiven" })).rejects.toBeInstanceOf(InvalidInputError);
    await t.db.update(s.purchases).set({ sessionsRemaining: 1 }).where(eq(s.purchases.id, grant.id));
    const back = await returnCredit(t.db, { coachId: coach.id, contactId: lead.id, now }, { purchaseId: grant.id, reason: "Late cancel forgiven" });
    expect(back.sessionsRemaining).toBe(2);
    expect((await timeline(lead.id))[0]).toMatchObject({ kind: "credits_returned", data: { reason: "Late cancel forgiven" } });
    // Another contact's purchase is not this contact's to change.
    const [jordan] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    await expect(returnCredit(t.db, { coachId: coach.id, contactId: jordan.id, now }, { purchaseId: grant.id, reason: "Wrong client" })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("expires credits per package: expired ones are not counted, not bookable, and shown as expired", async () => {
    await t.db.update(s.packages).set({ creditValidityDays: 30 }).where(eq(s.packages.id, pkg.id));
    const [limited] = await t.db.select().from(s.packages).where(eq(s.packages.id, pkg.id));
    const [ellis] = await t.db.insert(s.contacts).values({ coachId: coach.id, name: "Expiring Ellis", email: "ellis@example.com", stage: "client" }).returning();
    const boughtAt = new Date(now.getTime() - 40 * DAY);
    const purchase = await recordOfflinePayment(t.db, { coachId: coach.id, contactId: ellis.id, now: boughtAt }, { packageId: limited.id, amount: "450" });
    expect(purchase.expiresAt?.toISOString()).toBe(new Date(boughtAt.getTime() + 30 * DAY).toISOString());
    expect(creditsExpired(purchase, now)).toBe(true);
    expect(creditsExpired(purchase, new Date(boughtAt.getTime() + 29 * DAY))).toBe(false);
    expect(await countClientCredits(t.db, ellis.id, now)).toBe(0);
    expect(await countClientCredits(t.db, ellis.id, new Date(boughtAt.getTime() + DAY))).toBe(limited.sessionCount);

    const { slots } = await getSlotsForType(t.db, { typeSlug: FOLLOW_UP_TYPE, from: "2026-12-01", to: "2026-12-04", timezone: "Europe/London", includeClientTypes: true }, now);
    const before = (await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, ellis.id))).length;
    await expect(bookFollowUpSession(t.db, { contactId: ellis.id, start: slots[0].start, timezone: "Europe/London" }, now)).rejects.toBeInstanceOf(NoCreditError);
    expect((await t.db.select().from(s.bookings).where(eq(s.bookings.contactId, ellis.id))).length).toBe(before);
    await expect(returnCredit(t.db, { coachId: coach.id, contactId: ellis.id, now }, { purchaseId: purchase.id, reason: "Try to revive" })).rejects.toBeInstanceOf(InvalidInputError);

    // A fresh grant from the same package expires 30 days after it, and is spent before credits that never expire.
    const grant = await grantCredits(t.db, { coachId: coach.id, contactId: ellis.id, now }, { packageId: limited.id, credits: "1", reason: "Goodwill" });
    expect(grant.expiresAt?.toISOString()).toBe(new Date(now.getTime() + 30 * DAY).toISOString());
    await t.db.update(s.packages).set({ creditValidityDays: null }).where(eq(s.packages.id, pkg.id));
    const forever = await grantCredits(t.db, { coachId: coach.id, contactId: ellis.id, now }, { packageId: limited.id, credits: "1", reason: "Goodwill" });
    expect(forever.expiresAt).toBeNull();
    const { booking } = await bookFollowUpSession(t.db, { contactId: ellis.id, start: slots[0].start, timezone: "Europe/London" }, now);
    expect(booking.purchaseId).toBe(grant.id);

    const listed = await listPurchasesForContact(t.db, ellis.id);
    expect(listed.find((p) => p.id === purchase.id)?.expiresAt?.toISOString()).toBe(purchase.expiresAt?.toISOString());
    expect(listed.map((p) => p.method).sort()).toEqual(["grant", "grant", "offline"]);
    const [row] = await t.db.select().from(s.purchases).where(and(eq(s.purchases.id, purchase.id)));
    expect(row.sessionsRemaining).toBe(limited.sessionCount);
  });
});
