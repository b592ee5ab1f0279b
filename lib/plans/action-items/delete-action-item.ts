import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems } from "@/db/schema";
import { findActionItem } from "../plan/find-in-plan";
import { assertCoach, type PlanScope } from "../plan/plan-scope";

export async function deleteActionItem(db: Db, scope: PlanScope, itemId: string): Promise<void> {
  assertCoach(scope, "Only your coach can delete action items");
  const item = await findActionItem(db, scope, itemId);
  await db.delete(actionItems).where(eq(actionItems.id, item.id));
}
