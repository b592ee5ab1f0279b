// Erase (GDPR) leaves nothing: a contact with one of everything is erased, then every text, json
// and array column of every table is searched for their name, their email and a marker string
// they typed. New tables are searched too, without listing them here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import * as s from "@/db/schema";
import type { Db } from "@/db/client";
import { applyChargeRefund } from "@/lib/billing/apply-charge-refund";
import { recordCheckoutPurchase } from "@/lib/billing/record-checkout-purchase";
import { bookSlot, cancelBooking } from "@/lib/booking";
import { eraseContact } from "@/lib/crm/contact-data";
import { submitContactForm } from "@/lib/crm/contact-form";
import { addNote } from "@/lib/crm/notes";
import { rowsOf } from "@/lib/email/sender";
import { createActionItem } from "@/lib/plans/action-items/create-action-item";
import { createGoal } from "@/lib/plans/goals/create-goal";
import { createPlanFromTemplate } from "@/lib/plans/plan/create-plan-from-template";
import { getClientPlanScope, getCoachPlanScope } from "@/lib/plans/plan/plan-scope";
import { setActionItemDone } from "@/lib/plans/action-items/set-action-item-done";
import { goalSchema } from "@/lib/plans/rules/validation";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { createTestDb, type TestDb } from "../support/db";
import { NOW, seedPractice, slotsOn } from "./booking.fixture";

let t: TestDb;
let coach: s.Coach;
beforeAll(async () => {
  t = await createTestDb();
  coach = await seedPractice(t.db);
});
afterAll(async () => {
  await t?.close();
});

const NAME = "Quinn Erasmus";
const EMAIL = "quinn.erasmus@example.com";
const MARKER = "zebra-marker-7731";
const publicUrl = "http://localhost:3000";

/** Every (table, column) whose values are text, json or arrays, with how many rows contain the needle. */
async function findEverywhere(db: Db, needle: string): Promise<string[]> {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`
      select c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')`),
  );
  expect(columns.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const hits = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text ilike ${`%${needle}%`}`),
    );
    if (hits[0].n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

describe(`erasing a contact (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("leaves no trace of their name, email or what they wrote in any table", async () => {
    const db = t.db;
    // The contact form: a new lead, a timeline entry, a message to the coach quoting them, rate-limit counters.
    const sent = await submitContactForm(db, { name: NAME, email: EMAIL, message: `Hello, ${MARKER} here, please call me.` }, { ip: "198.51.100.7", publicUrl, now: NOW });
    expect(sent.status).toBe("sent");
    await consumeRateLimit(db, "signIn", ["198.51.100.7", EMAIL]);
    const contactId = (sent as { contactId: string }).contactId;

    // A discovery call with intake answers, moved by nobody, then another one cancelled with a reason.
    const [first, second] = await slotsOn(db, "discovery", "2027-03-10").then((x) => [x[0], x[4]]);
    await bookSlot(db, { typeSlug: "discovery", start: first, name: NAME, email: EMAIL, timezone: "Europe/Paris", answers: { situation: "In a job", horizon: "5+ years", goals: `Goals ${MARKER}` } }, NOW);
    const dropped = await bookSlot(db, { typeSlug: "discovery", start: second, name: NAME, email: EMAIL, timezone: "Europe/Paris" }, NOW);
    await cancelBooking(db, { token: dropped.manageToken, reason: `Reason ${MARKER}`, actor: "invitee", now: NOW });

    // A coach's note, a paid package (receipt, coach note, portal account and invitation) and a refund.
    const [coachUser] = await db.select().from(s.users).where(eq(s.users.id, coach.userId));
    await addNote(db, { coachId: coach.id, contactId, authorUserId: coachUser.id, body: `Note about ${NAME}: ${MARKER}` });
    const [pkg] = await db.select().from(s.packages).where(eq(s.packages.coachId, coach.id));
    const checkout = {
      id: "cs_test_erase", object: "checkout.session", mode: "payment", payment_status: "paid", amount_total: pkg.priceCents, currency: pkg.currency,
      payment_intent: "pi_test_erase", metadata: { packageId: pkg.id }, customer_details: { email: EMAIL, name: NAME }, customer_email: EMAIL,
    } as unknown as Stripe.Checkout.Session;
    const ctx = { eventId: "evt_erase_1", authSecret: "x".repeat(32), publicUrl, now: NOW };
    expect((await recordCheckoutPurchase(db, checkout, ctx)).recorded).toBe(true);
    const charge = { id: "ch_test_erase", payment_intent: "pi_test_erase", amount_refunded: Math.floor(pkg.priceCents / 2) } as unknown as Stripe.Charge;
    expect((await applyChargeRefund(db, charge, { ...ctx, eventId: "evt_erase_2" })).applied).toBe(true);

    // A career plan with a goal whose last action the client ticks (the coach is emailed).
    await createPlanFromTemplate(db, { contactId, templateKey: "job-to-career", startDate: "2027-03-01", currentRole: `Role ${MARKER}` });
    const coachScope = await getCoachPlanScope(db, coach.id, contactId);
    const { goalId } = await createGoal(db, coachScope, goalSchema.parse({ kind: "short_term", title: `Goal ${MARKER}` }));
    const item = await createActionItem(db, coachScope, { goalId, title: `Action ${MARKER}`, owner: "client", dueDate: "2027-03-20", bookingId: null, done: false }, NOW);
    await setActionItemDone(db, await getClientPlanScope(db, contactId), { itemId: item.itemId, done: true, now: NOW, publicUrl });

    // Everything is there before the erase, in the places the finding named.
    const before = await findEverywhere(db, EMAIL);
    expect(before).toEqual(expect.arrayContaining(["contacts.email", "email_outbox.to_address", "users.email", "verification_tokens.identifier"]));
    const quoting = await db.select().from(s.emailOutbox).where(sql`${s.emailOutbox.toAddress} <> ${EMAIL} and ${s.emailOutbox.text} ilike ${`%${NAME}%`}`);
    expect(quoting.map((m) => m.kind).sort()).toEqual(
      expect.arrayContaining(["booking_cancelled_coach", "booking_new_coach", "contact_message", "payment_coach_notification", "plan_goal_actions_done", "refund_coach_notification"]),
    );
    // Counters: the contact form and sign-in buckets, each under the address and under the email.
    expect((await db.select().from(s.rateLimits)).length).toBe(4);

    await eraseContact(db, { coachId: coach.id, contactId, confirmEmail: EMAIL });

    for (const needle of [NAME, EMAIL, MARKER, "quinn.erasmus", "Erasmus"]) {
      expect({ needle, foundIn: await findEverywhere(db, needle) }).toEqual({ needle, foundIn: [] });
    }
    // The counters kept under their email are gone (hashed keys are found again by hashing the email);
    // those kept under the network address stay until they expire.
    expect((await db.select().from(s.rateLimits)).length).toBe(2);
  });
});
