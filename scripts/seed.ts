import { openDatabase, migrateDatabase } from "../db/client";
import { seedDemoData } from "../db/seed";

const handle = openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: process.env.AMBIT_DATA_DIR });
await migrateDatabase(handle);
await seedDemoData(handle.db, { coachEmail: process.env.AMBIT_COACH_EMAIL || "coach@example.com", now: new Date() });
await handle.close();
console.log(`Demo data is in place (${handle.driver}). Coach: ${process.env.AMBIT_COACH_EMAIL || "coach@example.com"}; clients: client@example.com, client2@example.com.`);
