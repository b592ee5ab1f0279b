import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planTemplates } from "@/db/schema";
import { BUILT_IN_TEMPLATES } from "../rules/templates";

export type TemplateChoice = { key: string; name: string; description: string; builtIn: boolean };

/** The templates a coach can start a plan from: the built-in ones, then their saved ones, newest first. */
export async function listPlanTemplates(db: Db, coachId: string): Promise<TemplateChoice[]> {
  const saved = await db
    .select({ key: planTemplates.id, name: planTemplates.name, description: planTemplates.description })
    .from(planTemplates)
    .where(eq(planTemplates.coachId, coachId))
    .orderBy(desc(planTemplates.createdAt));
  return [
    ...BUILT_IN_TEMPLATES.map((template) => ({ key: template.key, name: template.name, description: template.description, builtIn: true })),
    ...saved.map((template) => ({ ...template, builtIn: false })),
  ];
}
