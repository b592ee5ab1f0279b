"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireCoach } from "@/lib/auth/guards";
import type { ActionState } from "@/app/_components/forms/action-state";
import { parseForm, runAction } from "@/app/_components/forms/form-action";
import { PackageUnavailableError } from "@/lib/errors";
import { packageInputSchema } from "@/lib/billing/package-input";
import { createPackage, movePackage, setPackageActive, updatePackage } from "@/lib/billing/packages";
import { getDb } from "@/lib/db";

function refresh() {
  revalidatePath("/coach/packages");
  revalidatePath("/services");
  revalidatePath("/portal/packages");
}

/** Creates a package, or updates the one named by the hidden `id`. */
export async function savePackage(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { coach } = await requireCoach("/coach/packages");
  const parsed = parseForm(formData, packageInputSchema);
  if (!parsed.ok) return parsed.state;
  const id = parsed.values.id;
  const result = await runAction(parsed.values, async () => {
    if (id) await updatePackage(getDb(), coach.id, id, parsed.data);
    else await createPackage(getDb(), coach.id, parsed.data);
    return "Saved";
  });
  if (result.status !== "ok") return result;
  refresh();
  redirect(`/coach/packages?saved=${id ? "updated" : "created"}`);
}

const idSchema = z.object({ id: z.uuid() });

export async function archivePackage(formData: FormData): Promise<void> {
  await setActive(formData, false);
}

export async function restorePackage(formData: FormData): Promise<void> {
  await setActive(formData, true);
}

async function setActive(formData: FormData, active: boolean) {
  const { coach } = await requireCoach("/coach/packages");
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) {
    try {
      await setPackageActive(getDb(), coach.id, parsed.data.id, active);
    } catch (err) {
      if (!(err instanceof PackageUnavailableError)) throw err;
    }
  }
  refresh();
  redirect(`/coach/packages?saved=${active ? "restored" : "archived"}`);
}

const moveSchema = z.object({ id: z.uuid(), direction: z.enum(["up", "down"]) });

export async function movePackageAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach("/coach/packages");
  const parsed = moveSchema.safeParse({ id: formData.get("id"), direction: formData.get("direction") });
  if (parsed.success) {
    try {
      await movePackage(getDb(), coach.id, parsed.data.id, parsed.data.direction);
    } catch (err) {
      if (!(err instanceof PackageUnavailableError)) throw err;
    }
  }
  refresh();
  redirect("/coach/packages");
}
