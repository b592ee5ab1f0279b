// One way to run work in a transaction. Services take a `Db`, so the same function runs inside
// or outside a transaction; a Drizzle transaction is a database handle (PgTransaction extends
// PgDatabase), so it is passed on as one.
import type { Db, Tx } from "./client";

export function withTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx: Tx) => work(tx));
}
