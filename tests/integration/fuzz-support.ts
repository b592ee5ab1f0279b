// Shared by the fuzz-*.test.ts files: row counts of every table a public endpoint could write to.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";

const TABLES = {
  contacts: s.contacts,
  activities: s.activities,
  notes: s.notes,
  bookings: s.bookings,
  emailOutbox: s.emailOutbox,
  stripeEvents: s.stripeEvents,
  purchases: s.purchases,
  users: s.users,
} as const;

export type RowCounts = Record<keyof typeof TABLES, number>;

export async function rowCounts(db: Db): Promise<RowCounts> {
  const out = {} as RowCounts;
  for (const [name, table] of Object.entries(TABLES)) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    out[name as keyof RowCounts] = row.n;
  }
  return out;
}

/**
 * Strings that have broken input handling elsewhere: NUL, huge, RTL, SQL and HTML. (No lone
 * surrogates: text arriving over HTTP is decoded from UTF-8, which cannot carry them.)
 */
export const nastyStrings = [
  "", " ", "\u0000", "a\u0000b", "\ufffd", "x".repeat(10_000), "\u202eevil", "'; drop table contacts; --",
  "<script>alert(1)</script>", "%00", "../../etc/passwd", "NaN", "null", "undefined", "0", "-1", "1e309", "🙂", "\r\n", "\t",
];

/** What a value looks like after an HTTP round trip: strings decoded from UTF-8 are well formed. */
export function asFromHttp<T>(value: T): T {
  if (typeof value === "string") return value.toWellFormed() as T;
  if (Array.isArray(value)) return value.map(asFromHttp) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toWellFormed(), asFromHttp(v)])) as T;
  }
  return value;
}
