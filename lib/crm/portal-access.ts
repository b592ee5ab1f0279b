import { AppError } from "@/lib/errors";
import { createElement } from "react";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bookings, contacts, users } from "@/db/schema";
import PortalInviteEmail from "@/emails/portal-invite";
import { createSignInLink } from "@/lib/auth/sign-in-link";
import { enqueueEmail } from "@/lib/email/outbox";
import { addActivity } from "./activities";

export class PortalAccessError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

/**
 * Gives a contact a client account for the portal (creating the user when needed), links it to the
 * contact, and queues the invitation with a magic link. Idempotent for the account; the invitation
 * is sent each time it is called. Call inside the transaction of the change that grants access.
 */
export async function grantPortalAccess(
  db: Db,
  opts: { contactId: string; coachName: string; reason: "converted" | "purchase"; secret: string; publicUrl: string; now: Date },
): Promise<{ userId: string; created: boolean }> {
  const [contact] = await db.select().from(contacts).where(eq(contacts.id, opts.contactId));
  if (!contact) throw new PortalAccessError("Contact not found");
  const [existing] = await db.select().from(users).where(eq(users.email, contact.email));
  if (existing && existing.role !== "client") throw new PortalAccessError("That email belongs to a coach account");
  let userId = existing?.id;
  const created = !existing;
  if (!userId) {
    // The zone they booked from is the best guess of where they live; they can change it in the portal.
    const [latest] = await db.select({ zone: bookings.inviteeTimezone }).from(bookings).where(eq(bookings.contactId, contact.id)).orderBy(desc(bookings.createdAt)).limit(1);
    const [u] = await db
      .insert(users)
      .values({ email: contact.email, name: contact.name, role: "client", ...(latest ? { timezone: latest.zone } : {}) })
      .returning({ id: users.id });
    userId = u.id;
  }
  if (contact.userId !== userId) await db.update(contacts).set({ userId }).where(eq(contacts.id, contact.id));
  const url = await createSignInLink(db, { email: contact.email, callbackPath: "/portal", secret: opts.secret, publicUrl: opts.publicUrl, now: opts.now });
  const props = { name: contact.name, coachName: opts.coachName, url, reason: opts.reason } as const;
  await enqueueEmail(db, { to: contact.email, contactId: contact.id, subject: PortalInviteEmail.subject(props), kind: "portal_invite", body: createElement(PortalInviteEmail, props), now: opts.now });
  await addActivity(db, contact.id, "email_sent", "Portal invitation sent", { kind: "portal_invite" });
  return { userId, created };
}
