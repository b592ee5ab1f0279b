"use server";
import { revalidatePath } from "next/cache";
import { formValues, runForm, type FormState } from "@/app/_components/coach/form-state";
import { readerLocale } from "@/app/_components/reader-locale";
import { requireClient } from "@/lib/auth/guards";
import { setClientTimeZone } from "@/lib/crm/setClientTimeZone";
import { getDb } from "@/lib/db";
import { zoneLabel } from "@/lib/zones/zoneNames";

export async function saveMyTimeZoneAction(_: FormState, formData: FormData): Promise<FormState> {
  const { user } = await requireClient("/portal/settings");
  const values = formValues(formData);
  const now = new Date();
  const locale = await readerLocale();
  return runForm(values, async () => {
    const zone = await setClientTimeZone(getDb(), user.id, values.timezone ?? "", { now, locale });
    revalidatePath("/portal", "layout");
    return `Saved: times now show in ${zoneLabel(zone, now, locale)}`;
  });
}
