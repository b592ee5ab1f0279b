import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { careerPlans, contacts, planTemplates } from "@/db/schema";
import { addActivity } from "@/lib/crm/activities";
import { InvalidPlanInputError, PlanAlreadyExistsError, PlanNotFoundError, TemplateNotFoundError } from "@/lib/errors";
import { insertPlan } from "./insert-plan";
import { instantiateTemplate, type PlanIntake } from "../rules/instantiate-template";
import { isIsoDate } from "../rules/iso-date";
import { isUuid } from "@/lib/validation";
import { instantiateSavedTemplate, savedTemplateBodySchema, type PlanDraft } from "../rules/saved-template";
import { findTemplate } from "../rules/templates";

export type CreatePlanFromTemplateInput = {
  contactId: string;
  /** A built-in key ("job-to-career", "career-change") or the id of one of the coach's saved templates. */
  templateKey: string;
  /** `YYYY-MM-DD`: the plan's first day; every date in the plan counts from it. */
  startDate: string;
  intake?: PlanIntake;
  currentRole?: string | null;
  targetRole?: string | null;
};

/**
 * Starts a contact's career plan from a template: the plan, its goals, milestones, action items,
 * skills and learning, and a "plan created" entry on the contact's timeline. Run it in the
 * caller's transaction. Throws PlanAlreadyExistsError when the contact has a plan,
 * TemplateNotFoundError for an unknown key (or another coach's saved template),
 * PlanNotFoundError when the contact does not exist.
 */
export async function createPlanFromTemplate(db: Db, input: CreatePlanFromTemplateInput): Promise<{ planId: string }> {
  if (!isIsoDate(input.startDate)) throw new InvalidPlanInputError("Start date must be a real date (YYYY-MM-DD)", "startDate");
  const [contact] = isUuid(input.contactId) ? await db.select().from(contacts).where(eq(contacts.id, input.contactId)) : [];
  if (!contact) throw new PlanNotFoundError("Contact");
  const [existing] = await db.select({ id: careerPlans.id }).from(careerPlans).where(eq(careerPlans.contactId, contact.id));
  if (existing) throw new PlanAlreadyExistsError();

  const options = { startDate: input.startDate, intake: input.intake, currentRole: input.currentRole, targetRole: input.targetRole };
  let draft: PlanDraft;
  let templateName: string;
  const builtIn = findTemplate(input.templateKey);
  if (builtIn) {
    draft = instantiateTemplate(builtIn, options);
    templateName = builtIn.name;
  } else {
    const [saved] = isUuid(input.templateKey)
      ? await db.select().from(planTemplates).where(and(eq(planTemplates.id, input.templateKey), eq(planTemplates.coachId, contact.coachId)))
      : [];
    const body = saved ? savedTemplateBodySchema.safeParse(saved.body) : undefined;
    if (!saved || !body?.success) throw new TemplateNotFoundError(input.templateKey);
    draft = instantiateSavedTemplate(saved.id, body.data, options);
    templateName = saved.name;
  }
  const planId = await insertPlan(db, contact.id, draft);
  await addActivity(db, contact.id, "plan_created", `Career plan started from “${templateName}”`, { planId, templateKey: input.templateKey });
  return { planId };
}
