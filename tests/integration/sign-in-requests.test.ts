// Requests for a sign-in link: a known and an unknown address get the same answer after the same
// work (the decision to mail is taken after the response), and every request is rate-limited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import type { Db } from "@/db/client";
import { magicLinkProvider } from "@/lib/auth/magic-link";
import { admitSignInRequest, SIGN_IN_RATE_LIMITED_URL } from "@/lib/auth/sign-in-request";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { createTestDb, type TestDb } from "../support/db";
import { seedPractice } from "./booking.fixture";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedPractice(t.db);
});
afterAll(async () => {
  await t?.close();
});

const from = (ip: string) => new Headers({ [CLIENT_IP_HEADER]: ip });

/** The provider as the app builds it, with the database access and the deferred tasks observable. */
function provider() {
  let dbCalls = 0;
  const deferred: (() => Promise<unknown>)[] = [];
  const p = magicLinkProvider(
    () => {
      dbCalls += 1;
      return t.db;
    },
    { from: "test@example.com", printLinks: false, defer: (task) => deferred.push(task) },
  );
  return { p, deferred, dbCalls: () => dbCalls };
}

async function request(p: ReturnType<typeof provider>["p"], identifier: string) {
  const url = `http://localhost:3000/api/auth/callback/email?token=abc&email=${encodeURIComponent(identifier)}`;
  await p.sendVerificationRequest({ identifier, url, token: "abc", expires: new Date(), provider: p as never, theme: {}, request: new Request(url) });
}

const signInMails = async (db: Db, to: string) => (await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.toAddress, to))).filter((m) => m.kind === "sign_in");

describe(`sign-in link requests (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("known and unknown addresses: the same answer, and nothing looked up before the response", async () => {
    expect(await admitSignInRequest(t.db, "client@example.com", from("192.0.2.1"))).toBe(true);
    expect(await admitSignInRequest(t.db, "nobody-here@example.com", from("192.0.2.2"))).toBe(true);

    const { p, deferred, dbCalls } = provider();
    await request(p, "client@example.com");
    await request(p, "nobody-here@example.com");
    // Before answering, neither request touched the database in the provider: the work is deferred.
    expect(dbCalls()).toBe(0);
    expect(deferred).toHaveLength(2);

    await t.db.insert(s.verificationTokens).values({ identifier: "nobody-here@example.com", token: "hashed", expires: new Date(Date.now() + 3_600_000) });
    for (const task of deferred) await task();
    expect(await signInMails(t.db, "client@example.com")).toHaveLength(1);
    expect(await signInMails(t.db, "nobody-here@example.com")).toHaveLength(0);
    // The token stored for an address nobody owns does not stay behind.
    expect(await t.db.select().from(s.verificationTokens).where(eq(s.verificationTokens.identifier, "nobody-here@example.com"))).toEqual([]);
  });

  it("every request is limited, per email (from any address) and per address (for any email)", async () => {
    const max = RATE_LIMITS.signIn.points;
    for (let i = 0; i < max; i++) expect(await admitSignInRequest(t.db, "coach@example.com", from(`198.51.100.${i + 1}`))).toBe(true);
    expect(await admitSignInRequest(t.db, "coach@example.com", from("198.51.100.200"))).toBe(SIGN_IN_RATE_LIMITED_URL);

    for (let i = 0; i < max; i++) expect(await admitSignInRequest(t.db, `someone${i}@example.com`, from("203.0.113.50"))).toBe(true);
    expect(await admitSignInRequest(t.db, "someone-else@example.com", from("203.0.113.50"))).toBe(SIGN_IN_RATE_LIMITED_URL);
  });
});
