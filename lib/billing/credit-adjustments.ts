import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { withTransaction } from "@/db/transaction";
import { contacts, packages, purchases, type Purchase } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { fieldErrorsOf, isUuid } from "@/lib/validation";
import { creditsExpireAt } from "./credit-expiry";
import { formatMoney } from "@/lib/format";
import { parseAmountToMinorUnits } from "@/lib/validation";

// The coach's own changes to a client's credits, outside Stripe: a payment taken offline, credits
// given free, a spent credit handed back. Each is one transaction with its reason on the timeline.

const reason = z.string().trim().min(3, "Say why, in a few words (the client's timeline keeps it)").max(300, "Keep the reason under 300 characters");

export const offlinePaymentSchema = z.object({
  packageId: z.uuid("Choose the package that was paid for"),
  amount: z
    .string()
    .trim()
    .min(1, "Enter the amount received")
    .transform((v, ctx) => {
      const cents = parseAmountToMinorUnits(v);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "Enter an amount like 450 or 450.00" });
        return z.NEVER;
      }
      return cents;
    })
    .pipe(z.number().max(10_000_000, "The amount is too high")),
  note: z.string().trim().max(300, "Keep the note under 300 characters").default(""),
});

export const grantCreditsSchema = z.object({
  packageId: z.uuid("Choose which sessions the credits are for"),
  credits: z.coerce.number({ error: "Enter a number of credits" }).int("Use a whole number").min(1, "At least 1 credit").max(20, "At most 20 credits at a time"),
  reason,
});

export const returnCreditSchema = z.object({
  purchaseId: z.uuid("Choose the package to return the credit to"),
  reason,
});

type Who = { coachId: string; contactId: string; now: Date };

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function ownContact(db: Db, coachId: string, contactId: string) {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [contact] = await db.select().from(contacts).where(and(eq(contacts.id, contactId), eq(contacts.coachId, coachId)));
  if (!contact) throw new NotFoundError("Contact");
  return contact;
}

async function ownPackage(db: Db, coachId: string, packageId: string) {
  const [pkg] = await db.select().from(packages).where(and(eq(packages.id, packageId), eq(packages.coachId, coachId)));
  if (!pkg) throw new InvalidInputError({ packageId: ["Choose one of your packages"] });
  return pkg;
}

/** Records a package paid outside Stripe (cash, bank transfer): the client gets its credits. */
export async function recordOfflinePayment(db: Db, who: Who, input: unknown): Promise<Purchase> {
  const data = parse(offlinePaymentSchema, input);
  return withTransaction(db, async (tx) => {
    const contact = await ownContact(tx, who.coachId, who.contactId);
    const pkg = await ownPackage(tx, who.coachId, data.packageId);
    const [purchase] = await tx
      .insert(purchases)
      .values({
        contactId: contact.id, packageId: pkg.id, method: "offline", amountCents: data.amount, currency: pkg.currency,
        sessionsTotal: pkg.sessionCount, sessionsRemaining: pkg.sessionCount, expiresAt: creditsExpireAt(pkg, who.now), createdAt: who.now,
      })
      .returning();
    const amount = formatMoney(purchase.amountCents, purchase.currency);
    await addActivity(tx, contact.id, "paid", `Payment recorded: ${pkg.name} (${amount}, paid offline)${data.note ? `: ${data.note}` : ""}`, {
      purchaseId: purchase.id, packageId: pkg.id, amountCents: purchase.amountCents, currency: purchase.currency, sessions: purchase.sessionsTotal, method: "offline", note: data.note || null,
    });
    return purchase;
  });
}

/** Gives the client free credits for a package's sessions, with the reason on their timeline. */
export async function grantCredits(db: Db, who: Who, input: unknown): Promise<Purchase> {
  const data = parse(grantCreditsSchema, input);
  return withTransaction(db, async (tx) => {
    const contact = await ownContact(tx, who.coachId, who.contactId);
    const pkg = await ownPackage(tx, who.coachId, data.packageId);
    const [purchase] = await tx
      .insert(purchases)
      .values({
        contactId: contact.id, packageId: pkg.id, method: "grant", amountCents: 0, currency: pkg.currency,
        sessionsTotal: data.credits, sessionsRemaining: data.credits, expiresAt: creditsExpireAt(pkg, who.now), createdAt: who.now,
      })
      .returning();
    const n = `${data.credits} credit${data.credits === 1 ? "" : "s"}`;
    await addActivity(tx, contact.id, "credits_granted", `${n} granted (${pkg.name}): ${data.reason}`, { purchaseId: purchase.id, credits: data.credits, reason: data.reason });
    return purchase;
  });
}

/**
 * Hands one spent credit back to a purchase of the client (after a late cancel the coach forgives,
 * say). A purchase never holds more credits than it had; a refunded or expired one takes none.
 */
export async function returnCredit(db: Db, who: Who, input: unknown): Promise<Purchase> {
  const data = parse(returnCreditSchema, input);
  return withTransaction(db, async (tx) => {
    const contact = await ownContact(tx, who.coachId, who.contactId);
    const [row] = await tx
      .select({ purchase: purchases, packageName: packages.name })
      .from(purchases)
      .innerJoin(packages, eq(packages.id, purchases.packageId))
      .where(and(eq(purchases.id, data.purchaseId), eq(purchases.contactId, contact.id), eq(packages.coachId, who.coachId)))
      .for("update", { of: purchases });
    if (!row) throw new InvalidInputError({ purchaseId: ["Choose one of this client's packages"] });
    const { purchase } = row;
    if (purchase.status === "refunded") throw new InvalidInputError({ purchaseId: ["That package was refunded: its credits cannot come back"] });
    if (purchase.expiresAt && purchase.expiresAt <= who.now) throw new InvalidInputError({ purchaseId: ["That package's credits have expired"] });
    const [updated] = await tx
      .update(purchases)
      .set({ sessionsRemaining: sql`${purchases.sessionsRemaining} + 1` })
      .where(and(eq(purchases.id, purchase.id), lt(purchases.sessionsRemaining, purchases.sessionsTotal)))
      .returning();
    if (!updated) throw new InvalidInputError({ purchaseId: ["No credit of that package has been used, so none can come back"] });
    await addActivity(tx, contact.id, "credits_returned", `1 credit returned (${row.packageName}): ${data.reason}`, { purchaseId: purchase.id, credits: 1, reason: data.reason });
    return updated;
  });
}
