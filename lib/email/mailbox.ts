import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { isUuid } from "@/lib/validation";

/** The newest outbox messages, for the development mailbox. */
export function listOutbox(db: Db, limit = 100) {
  return db
    .select({ id: emailOutbox.id, toAddress: emailOutbox.toAddress, subject: emailOutbox.subject, status: emailOutbox.status, kind: emailOutbox.kind, createdAt: emailOutbox.createdAt })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

export async function getOutboxMessage(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}
