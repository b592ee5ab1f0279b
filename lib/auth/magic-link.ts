import { createElement } from "react";
import type { EmailConfig } from "next-auth/providers";
import type { Db } from "@/db/client";
import SignInEmail from "@/emails/sign-in";
import { enqueueEmail } from "@/lib/email/outbox";

/**
 * Email (magic-link) provider that writes the sign-in message to the outbox instead of calling a
 * mail API directly: it then works with no provider in development and is retried in production.
 */
export function magicLinkProvider(getDb: () => Db, opts: { from: string; printLinks: boolean }): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "Email",
    from: opts.from,
    maxAge: 24 * 60 * 60,
    options: {},
    async sendVerificationRequest({ identifier, url }) {
      await enqueueEmail(getDb(), {
        to: identifier,
        subject: SignInEmail.subject(),
        kind: "sign_in",
        body: createElement(SignInEmail, { url }),
        // Auth.js calls this at request time: this is the edge where the clock is read.
        now: new Date(),
      });
      // Without a mail provider the link is also printed, so a developer can sign in at once.
      if (opts.printLinks) console.log(`[ambit] sign-in link for ${identifier}: ${url}`);
    },
  };
}
