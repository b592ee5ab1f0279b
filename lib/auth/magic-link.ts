import { createElement } from "react";
import { eq } from "drizzle-orm";
import type { EmailConfig } from "next-auth/providers";
import type { Db } from "@/db/client";
import { users, verificationTokens } from "@/db/schema";
import SignInEmail from "@/emails/sign-in";
import { enqueueEmail } from "@/lib/email/outbox";

type MagicLinkOptions = {
  from: string;
  printLinks: boolean;
  /** Runs a task after the response is sent (Next's `after`). */
  defer: (task: () => Promise<unknown>) => void;
};

/**
 * Email (magic-link) provider that writes the sign-in message to the outbox instead of calling a
 * mail API directly: it then works with no provider in development and is retried in production.
 * Whether the address belongs to anyone is only looked at after the response, so a known and an
 * unknown address take the same time to answer.
 */
export function magicLinkProvider(getDb: () => Db, opts: MagicLinkOptions): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "Email",
    from: opts.from,
    maxAge: 24 * 60 * 60,
    options: {},
    async sendVerificationRequest({ identifier, url }) {
      // Auth.js calls this at request time: this is the edge where the clock is read.
      const now = new Date();
      opts.defer(() => mailSignInLink(getDb(), { identifier, url, printLinks: opts.printLinks, now }));
    },
  };
}

/**
 * Queues the link for a person Ambit knows (the coach, invited clients). For an unknown address
 * nothing is sent and the token Auth.js stored for it is removed. Returns whether a link was queued.
 */
export async function mailSignInLink(db: Db, opts: { identifier: string; url: string; printLinks: boolean; now: Date }): Promise<boolean> {
  const { identifier, url } = opts;
  const [known] = await db.select({ id: users.id }).from(users).where(eq(users.email, identifier));
  if (!known) {
    await db.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier));
    return false;
  }
  await enqueueEmail(db, {
    to: identifier,
    subject: SignInEmail.subject(),
    kind: "sign_in",
    body: createElement(SignInEmail, { url }),
    now: opts.now,
  });
  // Without a mail provider the link is also printed, so a developer can sign in at once.
  if (opts.printLinks) console.log(`[ambit] sign-in link for ${identifier}: ${url}`);
  return true;
}
