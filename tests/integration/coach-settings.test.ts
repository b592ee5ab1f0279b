import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createMeetingType, deleteMeetingType, listMeetingTypes, updateMeetingType } from "@/lib/coaching/meeting-types";
import { deleteOverride, getWeeklyHours, listOverrides, saveBookingRules, saveOverride, saveWeeklyHours, updateProfile } from "@/lib/coaching/settings";
import { previewNextWeekSlots } from "@/lib/coaching/slot-preview";
import { InvalidInputError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../support/db";

const now = new Date("2026-11-24T10:00:00Z"); // Tuesday; next week is 30 Nov - 6 Dec
let t: TestDb;
let coachId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemoData(t.db, { now });
  [{ id: coachId }] = await t.db.select({ id: s.coaches.id }).from(s.coaches);
});
afterAll(async () => {
  await t?.close();
});

const coach = async () => (await t.db.select().from(s.coaches).where(eq(s.coaches.id, coachId)))[0];

function errorsOf(fn: () => Promise<unknown>) {
  return fn().then(
    () => ({}) as Record<string, string[]>,
    (e) => {
      if (!(e instanceof InvalidInputError)) throw e;
      return e.fieldErrors;
    },
  );
}

describe(`settings (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("saves the profile, and writes nothing on bad input", async () => {
    const before = await coach();
    const errors = await errorsOf(() => updateProfile(t.db, coachId, { displayName: "", headline: "", bio: "", photoUrl: "javascript:alert(1)", timezone: "Mars/Olympus" }));
    expect(Object.keys(errors).sort()).toEqual(["displayName", "photoUrl", "timezone"]);
    expect(await coach()).toEqual(before);
    const saved = await updateProfile(t.db, coachId, { displayName: "Alex Morgan", headline: "Coach", bio: "Hello", photoUrl: "https://example.com/me.jpg", timezone: "Europe/Paris" });
    expect(saved).toMatchObject({ timezone: "Europe/Paris", photoUrl: "https://example.com/me.jpg" });
    await updateProfile(t.db, coachId, { displayName: "Alex Morgan", timezone: "Europe/London" });
  });

  it("saves booking rules within the database's ranges only", async () => {
    const before = await coach();
    const errors = await errorsOf(() => saveBookingRules(t.db, coachId, { minNoticeMinutes: "-5", bufferBeforeMinutes: "300", bufferAfterMinutes: "abc", windowDays: "0", dailyCap: "51", slotIntervalMinutes: "2" }));
    expect(Object.keys(errors).sort()).toEqual(["bufferAfterMinutes", "bufferBeforeMinutes", "dailyCap", "minNoticeMinutes", "slotIntervalMinutes", "windowDays"]);
    expect(await coach()).toEqual(before);
    await saveBookingRules(t.db, coachId, { minNoticeMinutes: "60", bufferBeforeMinutes: "0", bufferAfterMinutes: "15", windowDays: "60", dailyCap: "", slotIntervalMinutes: "30" });
    expect(await coach()).toMatchObject({ minNoticeMinutes: 60, dailyCap: null });
  });

  it("replaces weekly hours with several ranges a day; a bad day changes nothing", async () => {
    const before = await getWeeklyHours(t.db, coachId);
    const errors = await errorsOf(() => saveWeeklyHours(t.db, coachId, { "day-1": "09:00-12:00, 11:00-13:00", "day-2": "25:00-26:00", "day-3": "14:00-10:00", "day-4": "nine to five" }));
    expect(errors["day-1"][0]).toMatch(/overlap/);
    expect(errors["day-2"][0]).toMatch(/not a time/);
    expect(errors["day-3"][0]).toMatch(/end must be after/);
    expect(errors["day-4"]).toBeDefined();
    expect(await getWeeklyHours(t.db, coachId)).toEqual(before);
    await saveWeeklyHours(t.db, coachId, { "day-1": "9:00-12:00, 13:00-17:00", "day-3": "10:00-24:00", "day-6": "" });
    const after = await getWeeklyHours(t.db, coachId);
    expect(after[1]).toEqual([{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }]);
    expect(after[3]).toEqual([{ start: "10:00", end: "24:00" }]);
    expect(after[2]).toEqual([]);
  });

  it("sets and removes date overrides, and the preview of next week follows the saved settings", async () => {
    // Tuesday and Wednesday mornings only (the seed's bookings fill next Monday).
    await saveWeeklyHours(t.db, coachId, { "day-2": "09:00-12:00", "day-3": "09:00-12:00" });
    const first = await previewNextWeekSlots(t.db, await coach(), now);
    expect(first!.from).toBe("2026-11-30");
    const tuesday = first!.days.find((d) => d.date === "2026-12-01")!;
    expect(tuesday.slots.length).toBe(6); // 09:00 to 11:30, every 30 minutes, 30-minute calls
    expect(first!.days.find((d) => d.date === "2026-12-03")!.slots).toHaveLength(0);

    expect(Object.keys(await errorsOf(() => saveOverride(t.db, coachId, { date: "2026-13-01", mode: "hours", hours: "" })))).toEqual(expect.arrayContaining(["date"]));
    expect(Object.keys(await errorsOf(() => saveOverride(t.db, coachId, { date: "2026-12-01", mode: "hours", hours: "" })))).toEqual(["hours"]);
    await saveOverride(t.db, coachId, { date: "2026-12-01", mode: "off", note: "Holiday" });
    await saveOverride(t.db, coachId, { date: "2026-12-03", mode: "hours", hours: "10:00-11:00" });
    const second = await previewNextWeekSlots(t.db, await coach(), now);
    expect(second!.days.find((d) => d.date === "2026-12-01")!.slots).toHaveLength(0);
    expect(second!.days.find((d) => d.date === "2026-12-03")!.slots).toHaveLength(2);
    expect(second!.days.find((d) => d.date === "2026-12-03")!.slots[0].start.toISOString()).toBe("2026-12-03T10:00:00.000Z");
    const overrides = await listOverrides(t.db, coachId, "2026-11-24");
    expect(overrides.map((o) => o.date)).toEqual(["2026-12-01", "2026-12-03"]);
    await deleteOverride(t.db, coachId, overrides[0].id);
    expect(await listOverrides(t.db, coachId, "2026-11-24")).toHaveLength(1);
  });

  it("creates, edits and removes meeting types with validated fields and intake questions as lines", async () => {
    const errors = await errorsOf(() => createMeetingType(t.db, coachId, { name: "", slug: "Bad Slug!", kind: "other", durationMinutes: "3", price: "12.345", visibility: "everyone" }));
    expect(Object.keys(errors).sort()).toEqual(["durationMinutes", "name", "price", "slug", "visibility"]);
    const type = await createMeetingType(t.db, coachId, {
      name: "CV review", slug: "cv-review", kind: "other", durationMinutes: "45", price: "60", visibility: "public", active: "on",
      intakeQuestions: "Link to your CV *\nWhat role are you applying for?",
    });
    expect(type).toMatchObject({ priceCents: 6000, durationMinutes: 45, active: true });
    expect(type.intakeQuestions).toEqual([
      { id: "link-to-your-cv", label: "Link to your CV", kind: "textarea", required: true },
      { id: "what-role-are-you-applying-for", label: "What role are you applying for?", kind: "textarea", required: false },
    ]);
    expect(Object.keys(await errorsOf(() => createMeetingType(t.db, coachId, { name: "Dup", slug: "discovery", kind: "other", durationMinutes: "30", visibility: "public" })))).toEqual(["slug"]);
    // Editing the discovery call keeps the kind and options of its existing questions.
    const discovery = (await listMeetingTypes(t.db, coachId)).find((m) => m.slug === "discovery")!;
    const edited = await updateMeetingType(t.db, coachId, discovery.id, {
      name: "Free discovery call", slug: "discovery", kind: "discovery", durationMinutes: "30", price: "", visibility: "public", active: "on",
      intakeQuestions: "Where are you now? *\nWhat horizon are you thinking about? *\nWhat would you like from the call? *",
    });
    expect(edited.intakeQuestions[0]).toMatchObject({ kind: "select", options: expect.any(Array), required: true });
    expect(await deleteMeetingType(t.db, coachId, type.id)).toBe("deleted");
    expect(await deleteMeetingType(t.db, coachId, discovery.id)).toBe("deactivated");
    expect((await listMeetingTypes(t.db, coachId)).find((m) => m.id === discovery.id)!.active).toBe(false);
  });
});
