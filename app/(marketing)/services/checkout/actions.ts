"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/guards";
import { findBuyerContact } from "@/lib/billing/find-buyer-contact";
import { buyPackageSchema, PACKAGE_UNAVAILABLE_MESSAGE, startCheckout } from "@/lib/billing/start-checkout";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getPracticeCoach } from "@/lib/practice";
import { clientIp } from "@/lib/security/rate-limit";

export type BuyPackageState = { error?: string };

/** From the services page: sends the visitor to Stripe Checkout for one package. */
export async function buyPackage(_prev: BuyPackageState, formData: FormData): Promise<BuyPackageState> {
  const parsed = buyPackageSchema.safeParse({ packageId: formData.get("packageId") });
  if (!parsed.success) return { error: PACKAGE_UNAVAILABLE_MESSAGE };
  const db = getDb();
  const coach = await getPracticeCoach(db);
  if (!coach) return { error: PACKAGE_UNAVAILABLE_MESSAGE };
  // A signed-in client buying from the public page is still recognised.
  const user = await currentUser();
  const buyer = user?.role === "client" ? await findBuyerContact(db, coach.id, user.id) : null;
  const result = await startCheckout(
    db,
    {
      coachId: coach.id, packageId: parsed.data.packageId, email: buyer?.email ?? null, contactId: buyer?.id ?? null,
      publicUrl: env().publicUrl, successPath: "/services/checkout/success", cancelPath: "/services/checkout/cancel",
    },
    [clientIp(await headers())],
  );
  if ("error" in result) return result;
  redirect(result.url);
}
