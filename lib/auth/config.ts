import NextAuth, { type NextAuthConfig } from "next-auth";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/lib/db";
import { headers } from "next/headers";
import { after } from "next/server";
import { accounts, authSessions, users, verificationTokens, type UserRole } from "@/db/schema";
import { env } from "@/lib/env";
import { fromAddress } from "@/lib/email/from-address";
import { magicLinkProvider } from "./magic-link";
import { admitSignInRequest } from "./sign-in-request";

declare module "next-auth" {
  interface User {
    role?: UserRole;
    timezone?: string;
  }
  interface Session {
    user: { id: string; email: string; name?: string | null; role: UserRole; timezone: string };
  }
}

// Built lazily so that nothing opens the database while Next.js builds.
function buildConfig(): NextAuthConfig {
  const e = env();
  return {
    adapter: DrizzleAdapter(getDb() as never, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: authSessions,
      verificationTokensTable: verificationTokens,
    } as never),
    secret: e.authSecret,
    trustHost: true,
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [magicLinkProvider(getDb, { from: fromAddress(e.EMAIL_FROM), printLinks: !e.RESEND_API_KEY && e.devMail, defer: after })],
    callbacks: {
      // Every request for a link is rate-limited here. Only people Ambit already knows get one,
      // but that is decided after the response (./magic-link): an unknown address sees the same
      // "check your email" page, as fast, so the form does not reveal who has an account.
      async signIn({ user, email }) {
        if (!email?.verificationRequest) return true;
        return admitSignInRequest(getDb(), user.email?.toLowerCase() ?? "", await headers());
      },
      session({ session, user }) {
        session.user.id = user.id;
        session.user.role = (user as { role?: UserRole }).role ?? "client";
        session.user.timezone = (user as { timezone?: string }).timezone ?? "Europe/London";
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildConfig());
