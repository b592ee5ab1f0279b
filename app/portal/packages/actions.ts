"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { BuyPackageState } from "@/app/(marketing)/services/checkout/actions";
import { requireClient } from "@/lib/auth/guards";
import { buyPackageSchema, PACKAGE_UNAVAILABLE_MESSAGE, startCheckout } from "@/lib/billing/start-checkout";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/security/rate-limit";

/** A signed-in client buys more sessions: checkout pre-filled with their email and linked to their contact. */
export async function buyMoreSessions(_prev: BuyPackageState, formData: FormData): Promise<BuyPackageState> {
  const { contact } = await requireClient("/portal/packages");
  const parsed = buyPackageSchema.safeParse({ packageId: formData.get("packageId") });
  if (!parsed.success) return { error: PACKAGE_UNAVAILABLE_MESSAGE };
  const result = await startCheckout(
    getDb(),
    {
      coachId: contact.coachId, packageId: parsed.data.packageId, email: contact.email, contactId: contact.id,
      publicUrl: env().publicUrl, successPath: "/portal/packages?checkout=success", cancelPath: "/portal/packages?checkout=cancelled",
    },
    [clientIp(await headers()), contact.email],
  );
  if ("error" in result) return result;
  redirect(result.url);
}
