import { describe, expect, it } from "vitest";
import { createDigestOptOutToken, readDigestOptOutToken } from "./digest-opt-out-token";
import { todayIn } from "./today-in";
import { digestWeekKey, isoWeekKey } from "./week-key";

const secret = "unit-test-secret-0123456789abcdefghij";

describe("digest opt-out token", () => {
  it("carries the user id and only verifies with the same secret", () => {
    const token = createDigestOptOutToken("user-1", secret);
    expect(readDigestOptOutToken(token, secret)).toBe("user-1");
    expect(readDigestOptOutToken(token, `${secret}x`)).toBeNull();
  });

  it("rejects a token whose user id was swapped", () => {
    const [, signature] = createDigestOptOutToken("user-1", secret).split(".");
    const swapped = `${Buffer.from("user-2").toString("base64url")}.${signature}`;
    expect(readDigestOptOutToken(swapped, secret)).toBeNull();
    expect(readDigestOptOutToken("", secret)).toBeNull();
    expect(readDigestOptOutToken("a.b.c", secret)).toBeNull();
  });
});

describe("isoWeekKey and todayIn", () => {
  it("name the week and the day in the client's zone", () => {
    // Sunday 23:30 in London is already Monday in Tokyo: a new ISO week there.
    const at = new Date("2026-11-29T23:30:00Z");
    expect(isoWeekKey(at, "Europe/London")).toBe("2026-W48");
    expect(isoWeekKey(at, "Asia/Tokyo")).toBe("2026-W49");
    expect(todayIn(at, "Europe/London")).toBe("2026-11-29");
    expect(todayIn(at, "Asia/Tokyo")).toBe("2026-11-30");
    // ISO weeks cross years: 1 Jan 2027 (a Friday) is in 2026's week 53.
    expect(isoWeekKey(new Date("2027-01-01T12:00:00Z"), "UTC")).toBe("2026-W53");
  });

  it("digest weeks start on Monday at the given hour of the client's wall clock, across DST", () => {
    // Monday 2026-11-30: 07:59 in London is still the week before; 08:00 starts week 49.
    expect(digestWeekKey(new Date("2026-11-30T07:59:00Z"), "Europe/London", 8)).toBe("2026-W48");
    expect(digestWeekKey(new Date("2026-11-30T08:00:00Z"), "Europe/London", 8)).toBe("2026-W49");
    // The Monday after London's clocks go forward (2027-03-28): 08:00 BST is 07:00 UTC.
    expect(digestWeekKey(new Date("2027-03-29T06:59:00Z"), "Europe/London", 8)).toBe("2027-W12");
    expect(digestWeekKey(new Date("2027-03-29T07:00:00Z"), "Europe/London", 8)).toBe("2027-W13");
    // New York on the Monday after its change (2027-03-14): 08:00 EDT is 12:00 UTC.
    expect(digestWeekKey(new Date("2027-03-15T11:59:00Z"), "America/New_York", 8)).toBe("2027-W10");
    expect(digestWeekKey(new Date("2027-03-15T12:00:00Z"), "America/New_York", 8)).toBe("2027-W11");
  });
});
