import { openDatabase, migrateDatabase } from "../db/client";

const handle = openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.AMBIT_DATA_DIR });
await migrateDatabase(handle);
await handle.close();
console.log(`Migrations applied (${handle.driver}).`);
