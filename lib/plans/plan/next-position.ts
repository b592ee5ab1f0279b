import { sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

/** One past the largest position among the rows `where` selects, so a new row goes last. */
export async function nextPosition(db: Db, table: PgTable, position: PgColumn, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ next: sql<number>`coalesce(max(${position}) + 1, 0)::int` }).from(table).where(where);
  return row?.next ?? 0;
}
