import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_components/ui";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/email/mailbox";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

// Without a mail provider, messages stay in the outbox; this page lets a developer read them.
export default async function DevMailbox() {
  if (!env().devMail) notFound();
  const messages = await listOutbox(getDb());
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold">Development mailbox</h1>
        <p className="text-sm text-muted-foreground">Every email Ambit has written to its outbox, newest first. Turned off in production unless AMBIT_DEV_MAIL=on.</p>
      </div>
      {messages.length === 0 ? (
        <EmptyState title="No messages yet">Sign in, book a call or send the contact form, and the emails appear here.</EmptyState>
      ) : (
        <Table>
          <THead><tr><Th>To</Th><Th>Subject</Th><Th>Status</Th><Th>Written</Th></tr></THead>
          <TBody>
            {messages.map((m) => (
              <Tr key={m.id}>
                <Td>{m.toAddress}</Td>
                <Td><Link className="text-primary underline" href={`/dev/mail/${m.id}`}>{m.subject}</Link></Td>
                <Td>{m.status}</Td>
                <Td><time dateTime={m.createdAt.toISOString()}>{m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </main>
  );
}
