import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { getContactDetail } from "@/lib/crm/contact-detail";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { createContact, moveContactStage, updateContact } from "@/lib/crm/manage-contacts";
import { addNote, deleteNote, updateNote } from "@/lib/crm/notes";
import { listContactTags, parseContactSearch, searchContacts } from "@/lib/crm/search-contacts";
import { createTestDb, type TestDb } from "../support/db";

const now = new Date("2026-11-24T10:00:00Z");
let t: TestDb;
let coachId: string;
let otherCoachId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [{ id: coachId }] = await t.db.select({ id: s.coaches.id }).from(s.coaches);
  const [u] = await t.db.insert(s.users).values({ email: "other-coach@example.com", role: "coach" }).returning();
  [{ id: otherCoachId }] = await t.db.insert(s.coaches).values({ userId: u.id, slug: "other", displayName: "Other Coach" }).returning();
  await t.db.insert(s.contacts).values({ coachId: otherCoachId, name: "Priya Other", email: "priya.other@example.com", tags: ["engineering"] });
});
afterAll(async () => {
  await t?.close();
});

describe(`contact search (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("finds by part of a name or email, case-insensitively, only among the coach's contacts", async () => {
    const byName = await searchContacts(t.db, coachId, { q: "PRIYA" });
    expect(byName.rows.map((r) => r.email)).toEqual(["priya.shah@example.com"]);
    const byEmail = await searchContacts(t.db, coachId, { q: "obrien@" });
    expect(byEmail.rows.map((r) => r.name)).toEqual(["Liam O'Brien"]);
    expect((await searchContacts(t.db, otherCoachId, { q: "priya" })).rows.map((r) => r.email)).toEqual(["priya.other@example.com"]);
  });

  it("treats % and _ in the query literally", async () => {
    expect((await searchContacts(t.db, coachId, { q: "%" })).total).toBe(0);
    expect((await searchContacts(t.db, coachId, { q: "_" })).total).toBe(0);
  });

  it("matches a whole tag from the query, and filters by tag and stage", async () => {
    const tagged = await searchContacts(t.db, coachId, { q: "engineering" });
    expect(tagged.rows.map((r) => r.email).sort()).toEqual(["client@example.com", "lucas.martin@example.com"]);
    const leadership = await searchContacts(t.db, coachId, { tag: "leadership", sort: "name", dir: "asc" });
    expect(leadership.rows.map((r) => r.name)).toEqual(["Emma Johansson", "Grace Okafor"]);
    const leads = await searchContacts(t.db, coachId, { stage: "lead" });
    expect(leads.total).toBe(4);
    expect(leads.rows.every((r) => r.stage === "lead")).toBe(true);
    const both = await searchContacts(t.db, coachId, { stage: "client", tag: "leadership" });
    expect(both.rows.map((r) => r.name)).toEqual(["Grace Okafor"]);
    expect(await listContactTags(t.db, coachId)).toEqual(expect.arrayContaining(["demo", "engineering", "leadership"]));
  });

  it("sorts and pages with a stable order and a total", async () => {
    const all = await searchContacts(t.db, coachId, { sort: "name", dir: "asc", pageSize: 200 });
    expect(all.total).toBe(20);
    const names = all.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(...(await searchContacts(t.db, coachId, { sort: "name", dir: "asc", page, pageSize: 6 })).rows.map((r) => r.name));
    expect(pages).toEqual(names);
    const third = await searchContacts(t.db, coachId, { page: 4, pageSize: 6 });
    expect(third.rows).toHaveLength(2);
    expect(third.pageCount).toBe(4);
    const byStage = await searchContacts(t.db, coachId, { sort: "stage", dir: "asc", pageSize: 200 });
    expect(byStage.rows[0].stage).toBe("lead");
    expect(byStage.rows.at(-1)!.stage).toBe("lost");
  });

  it("parses URL parameters, ignoring junk", () => {
    expect(parseContactSearch({ q: " ana ", stage: "nope", sort: "drop table", page: "-3", pageSize: "9999" })).toEqual({ q: "ana", stage: undefined, tag: undefined, sort: "created", dir: "desc", page: 1, pageSize: 25 });
    expect(parseContactSearch({ q: "", stage: "client", tag: "Leadership", sort: "name", dir: "asc", page: "2" })).toMatchObject({ q: undefined, stage: "client", tag: "leadership", sort: "name", dir: "asc", page: 2 });
  });
});

describe("contacts: create, edit, stage moves, notes", () => {
  it("creates a contact by hand with a timeline entry, and refuses a duplicate or bad input without writing", async () => {
    const contact = await createContact(t.db, coachId, { name: "Nina Park", email: " Nina.Park@Example.com ", tags: "Design, design, ux", stage: "lead" });
    expect(contact.email).toBe("nina.park@example.com");
    expect(contact.tags).toEqual(["design", "ux"]);
    const acts = await t.db.select().from(s.activities).where(eq(s.activities.contactId, contact.id));
    expect(acts.map((a) => a.kind)).toEqual(["contact_created"]);
    await expect(createContact(t.db, coachId, { name: "Nina again", email: "nina.park@example.com" })).rejects.toSatisfy(
      (e) => e instanceof InvalidInputError && e.fieldErrors.email?.[0] === "A contact with this email already exists",
    );
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(s.contacts);
    await expect(createContact(t.db, coachId, { name: "", email: "not-an-email", stage: "vip" })).rejects.toSatisfy(
      (e) => e instanceof InvalidInputError && !!e.fieldErrors.name && !!e.fieldErrors.email && !!e.fieldErrors.stage,
    );
    expect(await t.db.select({ n: sql<number>`count(*)::int` }).from(s.contacts)).toEqual(before);
  });

  it("moves a contact between stages and records each move; another coach's contact is not found", async () => {
    const [ana] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "ana.costa@example.com"));
    await moveContactStage(t.db, coachId, ana.id, "discovery_booked", now);
    await moveContactStage(t.db, coachId, ana.id, "proposal", now);
    await moveContactStage(t.db, coachId, ana.id, "proposal", now); // unchanged: no entry
    const moves = await t.db.select().from(s.activities).where(and(eq(s.activities.contactId, ana.id), eq(s.activities.kind, "stage_changed")));
    expect(moves.map((m) => m.data)).toEqual(expect.arrayContaining([{ from: "lead", to: "discovery_booked" }, { from: "discovery_booked", to: "proposal" }]));
    expect(moves).toHaveLength(2);
    const [other] = await t.db.select().from(s.contacts).where(eq(s.contacts.coachId, otherCoachId));
    await expect(moveContactStage(t.db, coachId, other.id, "client", now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveContactStage(t.db, coachId, "not-a-uuid", "client", now)).rejects.toBeInstanceOf(NotFoundError);
    const [unchanged] = await t.db.select().from(s.contacts).where(eq(s.contacts.id, other.id));
    expect(unchanged.stage).toBe("lead");
  });

  it("edits details and records a stage change", async () => {
    const [tom] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "tom.becker@example.com"));
    const updated = await updateContact(t.db, coachId, tom.id, { name: "Tom Becker", email: "tom.becker@example.com", phone: "+44 20 7946 0000", tags: "newsletter, vip", stage: "proposal" }, now);
    expect(updated).toMatchObject({ phone: "+44 20 7946 0000", tags: ["newsletter", "vip"], stage: "proposal" });
    await expect(updateContact(t.db, coachId, tom.id, { name: "Tom", email: "priya.shah@example.com" }, now)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("adds, edits and deletes notes, and shows them on the timeline newest first", async () => {
    const [liam] = await t.db.select().from(s.contacts).where(eq(s.contacts.email, "liam.obrien@example.com"));
    const [author] = await t.db.select().from(s.users).where(eq(s.users.email, "coach@example.com"));
    const note = await addNote(t.db, { coachId, contactId: liam.id, authorUserId: author.id, body: "Wants to **lead** a team" });
    await expect(addNote(t.db, { coachId, contactId: liam.id, authorUserId: author.id, body: "   " })).rejects.toBeInstanceOf(InvalidInputError);
    await updateNote(t.db, { coachId, noteId: note.id, body: "Wants to lead a team by 2028", now });
    await expect(updateNote(t.db, { coachId: otherCoachId, noteId: note.id, body: "x", now })).rejects.toBeInstanceOf(NotFoundError);
    const detail = await getContactDetail(t.db, coachId, liam.id, now);
    expect(detail.notes[0].body).toBe("Wants to lead a team by 2028");
    const times = detail.timeline.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(detail.timeline.some((e) => e.kind === "note" && e.note.id === note.id)).toBe(true);
    expect(detail.timeline.some((e) => e.kind === "activity" && e.activity.kind === "note_added")).toBe(false);
    expect(detail.intake.map((i) => i.label)).toEqual(["Where are you now?", "What horizon are you thinking about?", "What would you like from the call?"]);
    expect(detail.upcoming).toHaveLength(1);
    expect(detail.intake.map((i) => i.label)).toContain("Where are you now?");
    await deleteNote(t.db, { coachId, noteId: note.id });
    expect((await getContactDetail(t.db, coachId, liam.id, now)).notes.find((n) => n.id === note.id)).toBeUndefined();
  });
});
