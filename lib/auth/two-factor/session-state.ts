import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { authSessions, twoFactorCredentials, users } from "@/db/schema";
import type { SecondFactorState } from "./policy";

/** Whether the account has two-factor on, and when this sign-in session last passed it. */
export async function getSecondFactorState(db: Db, opts: { userId: string; sessionToken: string | null }): Promise<SecondFactorState> {
  const sessionMatch = opts.sessionToken
    ? and(eq(authSessions.userId, users.id), eq(authSessions.sessionToken, opts.sessionToken))
    : sql`false`;
  const [row] = await db
    .select({ enabledAt: twoFactorCredentials.enabledAt, verifiedAt: authSessions.twoFactorVerifiedAt })
    .from(users)
    .leftJoin(twoFactorCredentials, eq(twoFactorCredentials.userId, users.id))
    .leftJoin(authSessions, sessionMatch)
    .where(eq(users.id, opts.userId));
  return { enabled: Boolean(row?.enabledAt), verifiedAt: row?.verifiedAt ?? null };
}

/** Records on the sign-in session that it passed the second factor at `now`. */
export async function markSessionVerified(db: Db | Tx, opts: { userId: string; sessionToken: string; now: Date }): Promise<void> {
  await db
    .update(authSessions)
    .set({ twoFactorVerifiedAt: opts.now })
    .where(and(eq(authSessions.sessionToken, opts.sessionToken), eq(authSessions.userId, opts.userId)));
}
