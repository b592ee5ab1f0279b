import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { coaches, contacts } from "@/db/schema";
import { auth } from "./config";
import { enforceSecondFactor } from "./two-factor/request";

export type SignedInUser = { id: string; email: string; name?: string | null; role: "coach" | "client"; timezone: string };

/** The signed-in user, read once per request. */
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await auth();
  return session?.user ?? null;
});

function signInUrl(next?: string) {
  return next ? `/sign-in?callbackUrl=${encodeURIComponent(next)}` : "/sign-in";
}

/**
 * The coach signed in by magic link, before the second factor: only the page that asks for the
 * code uses this. Everything else calls requireCoach().
 */
export const requireCoachFirstFactor = cache(async (next?: string) => {
  const user = await currentUser();
  if (!user) redirect(signInUrl(next ?? "/coach"));
  if (user.role !== "coach") forbidden();
  const [coach] = await getDb().select().from(coaches).where(eq(coaches.userId, user.id));
  if (!coach) forbidden();
  return { user, coach };
});

/** For every coach page, action and handler: anonymous -> sign-in, client -> 403, code not yet entered -> the code page. */
export const requireCoach = cache(async (next?: string) => {
  const signedIn = await requireCoachFirstFactor(next);
  await enforceSecondFactor(signedIn.user.id, next ?? "/coach");
  return signedIn;
});

/** For every portal page, action and handler: anonymous -> sign-in, coach or unlinked user -> 403. */
export const requireClient = cache(async (next?: string) => {
  const user = await currentUser();
  if (!user) redirect(signInUrl(next ?? "/portal"));
  if (user.role !== "client") forbidden();
  const [contact] = await getDb()
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, user.id)));
  if (!contact) forbidden();
  return { user, contact };
});
