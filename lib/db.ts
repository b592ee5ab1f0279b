// The app's way to the database: pages, actions and handlers import from here, never from db/.
export { closeDb, getDb, getDriver, listenToDatabase } from "@/db/client";
export type { Db, Tx } from "@/db/client";
export { withTransaction } from "@/db/transaction";
