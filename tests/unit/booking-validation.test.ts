import { describe, expect, it } from "vitest";
import type { IntakeQuestion } from "@/db/schema";
import { availabilityQuerySchema, bookingFormSchema, bookingRequestSchema, intakeAnswersSchema } from "@/lib/booking/schemas";
import { isIsoDate } from "@/lib/validation";
import { formatMeetingShort, formatMeetingTime } from "@/lib/format";

const questions: IntakeQuestion[] = [
  { id: "situation", label: "Where are you now?", kind: "select", options: ["In a job", "Just starting"], required: true },
  { id: "goals", label: "What would you like from the call?", kind: "textarea", required: true },
  { id: "extra", label: "Anything else?", kind: "text", required: false },
];

describe("booking request validation", () => {
  const valid = { type: "discovery", start: "2026-12-01T10:00:00+01:00", name: " Ana ", email: " Ana@Example.COM ", timezone: "Europe/Paris" };

  it("accepts the documented body and normalises it", () => {
    const parsed = bookingRequestSchema.parse(valid);
    expect(parsed.start.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(parsed.name).toBe("Ana");
    expect(parsed.email).toBe("ana@example.com");
  });

  it.each([
    ["start without offset", { start: "2026-12-01T10:00:00" }],
    ["start as a date only", { start: "2026-12-01" }],
    ["an impossible date", { start: "2026-02-30T10:00:00Z" }],
    ["an empty name", { name: "   " }],
    ["a control character", { name: "A\u0007" }],
    ["a bad email", { email: "ana@" }],
    ["a fixed offset as zone", { timezone: "+01:00" }],
    ["an unknown zone", { timezone: "Europe/Atlantis" }],
    ["a type that is not a slug", { type: "Discovery Call" }],
    ["a huge answer", { answers: { goals: "x".repeat(2001) } }],
  ])("refuses %s", (_name, change) => {
    expect(bookingRequestSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it("checks availability ranges: real dates, in order, at most 62 days", () => {
    const base = { type: "discovery", tz: "UTC" };
    expect(availabilityQuerySchema.safeParse({ ...base, from: "2027-01-01", to: "2027-03-03" }).success).toBe(true);
    expect(availabilityQuerySchema.safeParse({ ...base, from: "2027-01-01", to: "2027-03-04" }).success).toBe(false);
    expect(availabilityQuerySchema.safeParse({ ...base, from: "2027-01-02", to: "2027-01-01" }).success).toBe(false);
    expect(availabilityQuerySchema.safeParse({ ...base, from: "2027-02-29", to: "2027-03-01" }).success).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});

describe("intake answers", () => {
  it("on the booking page, every required question must be answered, from its options", () => {
    const schema = intakeAnswersSchema(questions, { requireAll: true });
    const missing = schema.safeParse({ situation: "", goals: "" });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => i.path[0]).sort()).toEqual(["goals", "situation"]);
    expect(schema.safeParse({ situation: "Astronaut", goals: "x" }).success).toBe(false);
    expect(schema.parse({ situation: "In a job", goals: " Plan ", extra: "", stray: "x" })).toEqual({ situation: "In a job", goals: "Plan" });
  });

  it("through the API, answers are optional but must fit when given", () => {
    const schema = intakeAnswersSchema(questions, { requireAll: false });
    expect(schema.parse({})).toEqual({});
    expect(schema.safeParse({ situation: "Astronaut" }).success).toBe(false);
  });

  it("the page form needs consent and an empty honeypot", () => {
    const form = { type: "discovery", start: "2027-03-10T09:00:00.000Z", tz: "America/New_York", name: "Ana", email: "ana@example.com", consent: "on" };
    expect(bookingFormSchema.safeParse(form).success).toBe(true);
    const noConsent = bookingFormSchema.safeParse({ ...form, consent: undefined });
    expect(noConsent.success).toBe(false);
    expect(noConsent.error!.issues[0].path).toEqual(["consent"]);
    expect(bookingFormSchema.safeParse({ ...form, website: "http://spam" }).success).toBe(false);
  });
});

describe("meeting times as people read them", () => {
  it("names the zone and uses its offset on both sides of a clock change", () => {
    const before = new Date("2027-03-27T10:00:00Z");
    const after = new Date("2027-03-29T10:00:00Z");
    expect(formatMeetingTime(before, new Date(before.getTime() + 1_800_000), "Europe/London")).toBe("Saturday, 27 March 2027, 10:00–10:30 Greenwich Mean Time (Europe/London)");
    expect(formatMeetingTime(after, new Date(after.getTime() + 1_800_000), "Europe/London")).toBe("Monday, 29 March 2027, 11:00–11:30 British Summer Time (Europe/London)");
    expect(formatMeetingShort(after, "Asia/Kolkata")).toBe("Mon 29 Mar, 15:30 (Asia/Kolkata)");
  });
});
