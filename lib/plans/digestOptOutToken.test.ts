import { describe, expect, it } from "vitest";
import { createDigestOptOutToken, readDigestOptOutToken } from "./digestOptOutToken";
import { todayIn } from "./todayIn";
import { isoWeekKey } from "./weekKey";

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
});
