import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { grantPortalAccess, PortalAccessError } from "@/lib/crm/portal-access";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
const secret = "test-secret-test-secret-test-secret-1234";
beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: new Date("2026-11-24T10:00:00Z") });
});
afterAll(async () => {
  await t?.close();
});

describe("portal access", () => {
  it("creates a client account, links the contact and queues an invitation whose token Auth.js will accept", async () => {
    const [lead] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "emma.johansson@example.com"));
    const now = new Date("2026-11-24T10:00:00Z");
    const first = await grantPortalAccess(t.db, { contactId: lead.id, coachName: "Alex Morgan", reason: "converted", secret, publicUrl: "http://localhost:3000", now });
    expect(first.created).toBe(true);
    const again = await grantPortalAccess(t.db, { contactId: lead.id, coachName: "Alex Morgan", reason: "converted", secret, publicUrl: "http://localhost:3000", now });
    expect(again).toEqual({ userId: first.userId, created: false });
    const [user] = await t.db.select().from(s.users).where(eq(s.users.id, first.userId));
    expect(user.role).toBe("client");
    const [linked] = await t.db.select().from(s.contacts).where(eq(s.contacts.id, lead.id));
    expect(linked.userId).toBe(first.userId);
    const mails = await t.db.select().from(s.emailOutbox).where(and(eq(s.emailOutbox.toAddress, lead.email), eq(s.emailOutbox.kind, "portal_invite")));
    expect(mails).toHaveLength(2);
    const token = new URL(mails[0].text.match(/https?:\/\/\S+callback\/email\S+/)![0].replace(/[\])]+$/, "")).searchParams.get("token")!;
    const hashed = crypto.createHash("sha256").update(`${token}${secret}`).digest("hex");
    const stored = await t.db.select().from(s.verificationTokens).where(eq(s.verificationTokens.token, hashed));
    expect(stored).toHaveLength(1);
    expect(stored[0].identifier).toBe(lead.email);
  });

  it("refuses to turn the coach's address into a client", async () => {
    const [coachUser] = await t.db.select().from(s.users).where(eq(s.users.email, "coach@example.com"));
    const [coach] = await t.db.select().from(s.coaches).where(eq(s.coaches.userId, coachUser.id));
    const [c] = await t.db.insert(s.contacts).values({ coachId: coach.id, name: "Coach Self", email: "coach@example.com" }).returning();
    await expect(grantPortalAccess(t.db, { contactId: c.id, coachName: "Alex", reason: "converted", secret, publicUrl: "http://x", now: new Date() })).rejects.toBeInstanceOf(PortalAccessError);
  });
});
