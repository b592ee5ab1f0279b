import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createDigestOptOutToken, readDigestOptOutToken } from "@/lib/plans/rules/digest-opt-out-token";
import { digestDedupeKey, sendWeeklyDigests } from "@/lib/plans/digest/send-weekly-digests";
import { setDigestOptOut } from "@/lib/plans/digest/set-digest-opt-out";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
const seededAt = new Date("2026-11-24T10:00:00Z"); // a Tuesday
const opts = { secret: "digest-test-secret-0123456789abcdef", publicUrl: "http://localhost:3000" };
const digests = () => t.db.select().from(s.emailOutbox).where(like(s.emailOutbox.dedupeKey, "digest-%"));

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now: seededAt });
});
afterAll(async () => {
  await t?.close();
});

describe(`weekly digest (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("queues one digest per client per week, however many workers run it at once", async () => {
    const now = seededAt;
    const results = await Promise.all(Array.from({ length: 5 }, () => sendWeeklyDigests(t.db, now, opts)));
    expect(results.reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(await sendWeeklyDigests(t.db, new Date(now.getTime() + 3_600_000), opts)).toBe(0);
    const rows = await digests();
    expect(rows.map((r) => r.toAddress).sort()).toEqual(["client2@example.com", "client@example.com"]);
    const [jordanUser] = await t.db.select().from(s.users).where(eq(s.users.email, "client@example.com"));
    const jordan = rows.find((r) => r.toAddress === "client@example.com")!;
    expect(jordan.dedupeKey).toBe(digestDedupeKey(jordanUser.id, now, "Europe/London"));
    expect(jordan.dedupeKey).toBe(`digest-${jordanUser.id}-2026-W48`);
    expect(jordan.text).toContain("Book coffee with two engineering managers");
    expect(jordan.text).toContain("Overdue (1)");
    expect(jordan.text).toContain("Write down three achievements from this quarter");
    expect(jordan.text).not.toContain("Send two management course options"); // the coach's item
    expect(jordan.text).toContain("/portal/digest/opt-out?token=");
  });

  it("starts a new week on Monday 08:00 in each client's zone", async () => {
    // Monday 07:30 in London, 02:30 in New York: this week's digests went out on Tuesday.
    expect(await sendWeeklyDigests(t.db, new Date("2026-11-30T07:30:00Z"), opts)).toBe(0);
    // 08:00 in London: Jordan's new week; Sam in New York waits for 08:00 there (13:00 UTC).
    expect(await sendWeeklyDigests(t.db, new Date("2026-11-30T08:00:00Z"), opts)).toBe(1);
    expect(await sendWeeklyDigests(t.db, new Date("2026-11-30T12:59:00Z"), opts)).toBe(0);
    expect(await sendWeeklyDigests(t.db, new Date("2026-11-30T13:00:00Z"), opts)).toBe(1);
    expect(await sendWeeklyDigests(t.db, new Date("2026-12-01T10:00:00Z"), opts)).toBe(0);
    expect(await digests()).toHaveLength(4);
  });

  it("stops after the opt-out link is used", async () => {
    const [user] = await t.db.select().from(s.users).where(eq(s.users.email, "client@example.com"));
    const token = createDigestOptOutToken(user.id, opts.secret);
    expect(readDigestOptOutToken(token, opts.secret)).toBe(user.id);
    expect(readDigestOptOutToken(token, "another-secret-0123456789abcdefghij")).toBeNull();
    expect(readDigestOptOutToken(`${token}x`, opts.secret)).toBeNull();
    expect(readDigestOptOutToken("garbage", opts.secret)).toBeNull();
    const when = new Date("2026-12-08T10:00:00Z");
    expect(await setDigestOptOut(t.db, readDigestOptOutToken(token, opts.secret)!, true, when)).toBe(true);
    const [after] = await t.db.select().from(s.users).where(eq(s.users.id, user.id));
    expect(after.digestOptOut?.toISOString()).toBe(when.toISOString());
    expect(await sendWeeklyDigests(t.db, when, opts)).toBe(1);
    expect((await digests()).filter((r) => r.toAddress === "client@example.com")).toHaveLength(2);
  });
});
