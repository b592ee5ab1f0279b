"use server";
import { revalidatePath } from "next/cache";
import { formValues, type ActionState } from "@/app/_components/forms/action-state";
import { runAction } from "@/app/_components/forms/form-action";
import { readerLocale } from "@/app/_components/reader-locale";
import { requireClient } from "@/lib/auth/guards";
import { setClientTimeZone } from "@/lib/crm/set-client-time-zone";
import { getDb } from "@/lib/db";
import { zoneLabel } from "@/lib/zones/zone-names";

export async function saveMyTimeZoneAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const { user } = await requireClient("/portal/settings");
  const values = formValues(formData);
  const now = new Date();
  const locale = await readerLocale();
  return runAction(values, async () => {
    const zone = await setClientTimeZone(getDb(), user.id, values.timezone ?? "", { now, locale });
    revalidatePath("/portal", "layout");
    return `Saved: times now show in ${zoneLabel(zone, now, locale)}`;
  });
}
