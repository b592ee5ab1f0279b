"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireCoach } from "@/lib/auth/guards";
import { markLeadsSeen } from "@/lib/coaching/dashboard";
import { getDb } from "@/lib/db";

/**
 * "Mark all seen" under New leads (a plain form: works without JavaScript). The form carries the
 * moment the list was shown, so a lead that arrived after that stays new.
 */
export async function markLeadsSeenAction(formData: FormData): Promise<void> {
  const { coach } = await requireCoach();
  const now = new Date();
  const shownAt = new Date(String(formData.get("shownAt") ?? ""));
  const upTo = Number.isNaN(shownAt.getTime()) || shownAt > now ? now : shownAt;
  await markLeadsSeen(getDb(), coach.id, upTo);
  revalidatePath("/coach");
  redirect("/coach?leads=seen");
}
