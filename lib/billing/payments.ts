import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, meetingTypes, packages, purchases, type PurchaseMethod } from "@/db/schema";

export type PaymentRow = {
  id: string;
  createdAt: Date;
  contactId: string;
  contactName: string;
  contactEmail: string;
  packageName: string;
  amountCents: number;
  refundedCents: number;
  currency: string;
  status: "paid" | "partially_refunded" | "refunded";
  sessionsTotal: number;
  sessionsRemaining: number;
  stripeCheckoutSessionId: string | null;
  method: PurchaseMethod;
  expiresAt: Date | null;
};

/** Every purchase from the coach's contacts, newest first. */
export async function listPaymentsForCoach(db: Db, coachId: string, limit = 500): Promise<PaymentRow[]> {
  return db
    .select({
      id: purchases.id,
      createdAt: purchases.createdAt,
      contactId: contacts.id,
      contactName: contacts.name,
      contactEmail: contacts.email,
      packageName: packages.name,
      amountCents: purchases.amountCents,
      refundedCents: purchases.refundedCents,
      currency: purchases.currency,
      status: purchases.status,
      sessionsTotal: purchases.sessionsTotal,
      sessionsRemaining: purchases.sessionsRemaining,
      stripeCheckoutSessionId: purchases.stripeCheckoutSessionId,
      method: purchases.method,
      expiresAt: purchases.expiresAt,
    })
    .from(purchases)
    .innerJoin(contacts, eq(contacts.id, purchases.contactId))
    .innerJoin(packages, eq(packages.id, purchases.packageId))
    .where(eq(contacts.coachId, coachId))
    .orderBy(desc(purchases.createdAt))
    .limit(limit);
}

export type MonthlyTotal = { month: string; currency: string; count: number; grossCents: number; refundedCents: number; netCents: number };

/** Takings per calendar month in the coach's time zone ("2026-11"), per currency, newest month first. */
export async function monthlyPaymentTotals(db: Db, coachId: string, timeZone: string): Promise<MonthlyTotal[]> {
  const month = sql<string>`to_char(${purchases.createdAt} at time zone ${timeZone}, 'YYYY-MM')`;
  const rows = await db
    .select({
      month,
      currency: purchases.currency,
      count: sql<number>`count(*)::int`,
      grossCents: sql<number>`sum(${purchases.amountCents})::int`,
      refundedCents: sql<number>`sum(${purchases.refundedCents})::int`,
    })
    .from(purchases)
    .innerJoin(contacts, eq(contacts.id, purchases.contactId))
    .where(eq(contacts.coachId, coachId))
    // By position: the zone is a bound parameter, so the expression itself would not match across clauses.
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`1 desc`, sql`2`);
  return rows.map((r) => ({ ...r, netCents: r.grossCents - r.refundedCents }));
}

export type ContactPurchase = {
  id: string;
  createdAt: Date;
  packageName: string;
  meetingTypeName: string;
  amountCents: number;
  refundedCents: number;
  currency: string;
  status: "paid" | "partially_refunded" | "refunded";
  sessionsTotal: number;
  sessionsRemaining: number;
  method: PurchaseMethod;
  expiresAt: Date | null;
};

/** One contact's purchases, newest first (the portal's "my packages", a contact's payments). */
export async function listPurchasesForContact(db: Db, contactId: string): Promise<ContactPurchase[]> {
  return db
    .select({
      id: purchases.id,
      createdAt: purchases.createdAt,
      packageName: packages.name,
      meetingTypeName: meetingTypes.name,
      amountCents: purchases.amountCents,
      refundedCents: purchases.refundedCents,
      currency: purchases.currency,
      status: purchases.status,
      sessionsTotal: purchases.sessionsTotal,
      sessionsRemaining: purchases.sessionsRemaining,
      method: purchases.method,
      expiresAt: purchases.expiresAt,
    })
    .from(purchases)
    .innerJoin(packages, eq(packages.id, purchases.packageId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, packages.meetingTypeId))
    .where(eq(purchases.contactId, contactId))
    .orderBy(desc(purchases.createdAt));
}

/** Unused session credits of a contact, optionally only those for one meeting type. */
export async function countCreditsLeft(db: Db, contactId: string, meetingTypeId?: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${purchases.sessionsRemaining}), 0)::int` })
    .from(purchases)
    .innerJoin(packages, eq(packages.id, purchases.packageId))
    .where(and(eq(purchases.contactId, contactId), meetingTypeId ? eq(packages.meetingTypeId, meetingTypeId) : undefined));
  return row?.n ?? 0;
}

/** Whether a checkout has been recorded yet (the success page reads it; only the webhook writes it). */
export async function findPurchaseByCheckoutSession(db: Db, checkoutSessionId: string) {
  const [row] = await db
    .select({ id: purchases.id, sessionsTotal: purchases.sessionsTotal, packageName: packages.name })
    .from(purchases)
    .innerJoin(packages, eq(packages.id, purchases.packageId))
    .where(eq(purchases.stripeCheckoutSessionId, checkoutSessionId));
  return row ?? null;
}
