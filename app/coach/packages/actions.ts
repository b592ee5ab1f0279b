"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireCoach } from "@/lib/auth/guards";
import { InvalidCreditMeetingTypeError, PackageUnavailableError } from "@/lib/errors";
import { packageInputSchema, type PackageFieldErrors } from "@/lib/billing/packageInput";
import { createPackage, movePackage, setPackageActive, updatePackage } from "@/lib/billing/packages";
import { getDb } from "@/lib/db";

export type PackageFormState = { errors?: PackageFieldErrors; message?: string; values?: Record<string, string> };

function formValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")).map(([k, v]) => [k, v as string]));
}

function refresh() {
  revalidatePath("/coach/packages");
  revalidatePath("/services");
  revalidatePath("/portal/packages");
}

/** Creates a package, or updates the one named by the hidden `id`. */
export async function savePackage(_prev: PackageFormState, formData: FormData): Promise<PackageFormState> {
  const { coach } = await requireCoach("/coach/packages");
  const values = formValues(formData);
  const parsed = packageInputSchema.safeParse(values);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors as PackageFieldErrors, values };
  const id = values.id;
  try {
    if (id) await updatePackage(getDb(), coach.id, id, parsed.data);
    else await createPackage(getDb(), coach.id, parsed.data);
  } catch (err) {
    if (err instanceof InvalidCreditMeetingTypeError) return { errors: { meetingTypeId: [err.message] }, values };
    if (err instanceof PackageUnavailableError) return { message: err.message, values };
    throw err;
  }
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
