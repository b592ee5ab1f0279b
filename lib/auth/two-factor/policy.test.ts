import { describe, expect, it } from "vitest";
import { needsRecentSecondFactor, needsSecondFactor, RECENT_VERIFICATION_MS } from "./policy";

const now = new Date("2027-01-31T23:30:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("second-factor policy", () => {
  it("asks nothing of an account without two-factor", () => {
    expect(needsSecondFactor({ enabled: false, verifiedAt: null })).toBe(false);
    expect(needsRecentSecondFactor({ enabled: false, verifiedAt: null }, now)).toBe(false);
  });

  it("asks a session that has not passed it yet", () => {
    expect(needsSecondFactor({ enabled: true, verifiedAt: null })).toBe(true);
    expect(needsSecondFactor({ enabled: true, verifiedAt: ago(86_400_000) })).toBe(false);
  });

  it("asks again for sensitive actions once the last code is older than the window", () => {
    expect(needsRecentSecondFactor({ enabled: true, verifiedAt: null }, now)).toBe(true);
    expect(needsRecentSecondFactor({ enabled: true, verifiedAt: ago(RECENT_VERIFICATION_MS) }, now)).toBe(false);
    expect(needsRecentSecondFactor({ enabled: true, verifiedAt: ago(RECENT_VERIFICATION_MS + 1) }, now)).toBe(true);
    // The window is configurable (AMBIT_TWO_FACTOR_WINDOW_SECONDS).
    expect(needsRecentSecondFactor({ enabled: true, verifiedAt: ago(20_000) }, now, 15_000)).toBe(true);
    expect(needsRecentSecondFactor({ enabled: true, verifiedAt: ago(10_000) }, now, 15_000)).toBe(false);
    // A time in the future (clocks disagreeing) is not trusted.
    expect(needsRecentSecondFactor({ enabled: true, verifiedAt: ago(-60_000) }, now)).toBe(true);
  });
});
