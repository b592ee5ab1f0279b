import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p>If that address belongs to an Ambit account, a sign-in link is on its way. It works once and expires in 24 hours.</p>
      {/* eslint-disable-next-line no-restricted-properties -- a static page: decided at build time, before env() can be valid */}
      {process.env.NODE_ENV !== "production" || process.env.AMBIT_DEV_MAIL === "on" ? (
        <p className="text-sm text-muted-foreground">Running locally without a mail provider? Open the <Link className="text-primary underline" href="/dev/mail">development mailbox</Link>.</p>
      ) : null}
      <p className="text-sm text-muted-foreground">No email after a few minutes? Check spam, or <Link className="text-primary underline" href="/sign-in">try again</Link>.</p>
    </div>
  );
}
