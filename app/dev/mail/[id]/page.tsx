import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fromAddress } from "@/lib/email/from-address";
import { getOutboxMessage } from "@/lib/email/mailbox";

export const metadata: Metadata = { title: "Message", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function DevMessage({ params }: { params: Promise<{ id: string }> }) {
  if (!env().devMail) notFound();
  const { id } = await params;
  const message = await getOutboxMessage(getDb(), id);
  if (!message) notFound();
  const links = [...message.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-10">
      <Link className="text-sm text-primary underline" href="/dev/mail">← All messages</Link>
      <h1 className="text-2xl font-semibold">{message.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">From</dt><dd data-testid="mail-from">{fromAddress(env().EMAIL_FROM)}</dd>
        <dt className="text-muted-foreground">To</dt><dd data-testid="mail-to">{message.toAddress}</dd>
        <dt className="text-muted-foreground">Status</dt><dd>{message.status} ({message.attempts} attempts)</dd>
        <dt className="text-muted-foreground">Attachments</dt><dd>{message.attachments.map((a) => a.filename).join(", ") || "none"}</dd>
      </dl>
      <section aria-labelledby="links-h">
        <h2 id="links-h" className="font-semibold">Links in this message</h2>
        <ul className="list-disc pl-6 text-sm">
          {[...new Set(links)].map((href) => <li key={href}><a className="break-all text-primary underline" href={href}>{href}</a></li>)}
        </ul>
      </section>
      <iframe title="Message as HTML" sandbox="" srcDoc={message.html} className="h-[28rem] w-full rounded-md border border-border bg-white" />
      <details>
        <summary className="cursor-pointer text-sm">Plain text</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-md bg-muted p-4 text-sm" data-testid="mail-text">{message.text}</pre>
      </details>
    </main>
  );
}
