// A booking shows only what its requester typed: anyone can type a client's email address, so a
// booking must not reveal the client's stored name, nor change the contact's name or intake.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { bookingRequestSchema, bookSlot, getBookingIcs, handleCreateBookingRequest, rescheduleBooking } from "@/lib/booking";
import { enqueueEmail } from "@/lib/email/outbox";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { createElement } from "react";
import { createTestDb, type TestDb } from "../support/db";
import { NOW, seedPractice, slotsOn } from "./booking.fixture";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedPractice(t.db);
});
afterAll(async () => {
  await t?.close();
});

const icsOf = (m: s.OutboxMessage) => m.attachments.map((a) => Buffer.from(a.content, "base64").toString("utf8")).join("\n");

describe(`a booking shows what its requester typed (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("an anonymous booking with a client's email shows the typed name, and leaves the contact's name and intake alone", async () => {
    const [before] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "client@example.com"));
    expect(before.name).toBe("Jordan Lee");
    const [start, next] = await slotsOn(t.db, "discovery", "2027-03-10").then((x) => [x[0], x[4]]);
    const answers = { situation: "Just starting", horizon: "Next 6 months", goals: "PROBE-ANSWER" };
    const booked = await bookSlot(t.db, { typeSlug: "discovery", start, name: "Mallory Probe", email: "Client@Example.com", timezone: "Europe/London", answers }, NOW);

    const [after] = await t.db.select().from(s.contacts).where(eq(s.contacts.id, before.id));
    expect(after.name).toBe("Jordan Lee");
    expect(after.intake).toEqual(before.intake);
    expect(booked.booking.contactId).toBe(before.id);
    expect(booked.booking.intakeAnswers).toEqual(answers);

    const toRequester = (await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.toAddress, "client@example.com"))).filter((m) => m.kind === "booking_confirmation");
    expect(toRequester).toHaveLength(1);
    const [confirmation] = toRequester;
    for (const text of [confirmation.subject, confirmation.text, confirmation.html, icsOf(confirmation)]) {
      expect(text).not.toMatch(/Jordan|Lee\b/);
    }
    expect(confirmation.text).toContain("Mallory");
    expect(icsOf(confirmation)).toContain("Mallory Probe");

    const ics = await getBookingIcs(t.db, booked.manageToken);
    expect(ics).toContain("Mallory Probe");
    expect(ics).not.toContain("Jordan");

    // The name stays the requester's when the booking is moved by its link.
    const moved = await rescheduleBooking(t.db, { token: booked.manageToken, newStart: next, actor: "invitee", now: NOW });
    expect(moved.booking.inviteeName).toBe("Mallory Probe");
    const rescheduled = (await t.db.select().from(s.emailOutbox).where(eq(s.emailOutbox.kind, "booking_rescheduled")))[0];
    expect(rescheduled.text).not.toContain("Jordan");
    expect(icsOf(rescheduled)).not.toContain("Jordan");
  });

  it("a new visitor's first booking creates the contact with the typed name and intake", async () => {
    const [start] = await slotsOn(t.db, "discovery", "2027-03-11");
    const answers = { situation: "In a job", horizon: "5+ years", goals: "A plan" };
    await bookSlot(t.db, { typeSlug: "discovery", start, name: "New Person", email: "new.person@example.com", timezone: "Europe/London", answers }, NOW);
    const [contact] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "new.person@example.com"));
    expect(contact.name).toBe("New Person");
    expect(contact.intake).toEqual(answers);
  });
});

describe("no line break reaches a mail header", () => {
  const injected = "Eve\r\nBcc: attacker@evil.example";

  it("the booking API refuses a name with a line break, and writes nothing", async () => {
    const [start] = await slotsOn(t.db, "discovery", "2027-03-12");
    const [{ n: before }] = await t.db.select({ n: s.bookings.id }).from(s.bookings).then((rows) => [{ n: rows.length }]);
    const body = { type: "discovery", start: start.toISOString(), name: injected, email: "eve@example.com", timezone: "Europe/London" };
    expect(bookingRequestSchema.safeParse(body).success).toBe(false);
    const response = await handleCreateBookingRequest(
      t.db,
      new Request("http://localhost/api/bookings", { method: "POST", headers: { "content-type": "application/json", [CLIENT_IP_HEADER]: "192.0.2.8" }, body: JSON.stringify(body) }),
      NOW,
    );
    expect([400, 422]).toContain(response.status);
    expect((await t.db.select().from(s.bookings)).length).toBe(before);
  });

  it("whatever a caller passes, the outbox stores every subject and address on one line", async () => {
    // A name that came in some other way (an old row, a future form) still cannot add a header.
    const [start] = await slotsOn(t.db, "discovery", "2027-03-15");
    await bookSlot(t.db, { typeSlug: "discovery", start, name: injected, email: "eve@example.com", timezone: "Europe/London" }, NOW);
    await enqueueEmail(t.db, { to: "someone@example.com\r\nBcc: x@evil.example", subject: "Hello\nBcc: x@evil.example\u2028Cc: y@evil.example", kind: "test", body: createElement("p", null, "hi"), now: NOW });
    const rows = await t.db.select().from(s.emailOutbox);
    for (const m of rows) {
      expect(m.subject).not.toMatch(/[\r\n\u0000-\u001f\u2028\u2029]/);
      expect(m.toAddress).not.toMatch(/[\r\n\u0000-\u001f\u2028\u2029]/);
    }
    expect(rows.some((m) => m.kind === "booking_new_coach" && m.subject.includes("Eve Bcc: attacker@evil.example"))).toBe(true);
  });
});
