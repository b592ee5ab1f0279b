import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { checkReadiness } from "@/lib/runtime/readiness";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe(`readiness (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("is ready on a migrated database", async () => {
    expect(await checkReadiness(t.db)).toEqual({ ready: true });
  });

  it("is not ready while the newest migration is missing, and ready again once it is applied", async () => {
    const rows = await t.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning hash, created_at`);
    const [removed] = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ hash: string; created_at: string }>;
    expect(await checkReadiness(t.db)).toEqual({ ready: false, reason: "migrations_pending" });
    await t.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${removed.hash}, ${removed.created_at})`);
    expect(await checkReadiness(t.db)).toEqual({ ready: true });
  });
});
