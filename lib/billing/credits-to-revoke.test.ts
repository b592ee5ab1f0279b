import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { creditsToRevoke } from "./credits-to-revoke";

const base = { sessionsTotal: 6, sessionsRemaining: 6, amountCents: 84000, previousRefundedCents: 0 };

describe("creditsToRevoke", () => {
  it("revokes every credit on a full refund", () => {
    expect(creditsToRevoke({ ...base, refundedCents: 84000 })).toBe(6);
  });

  it("rounds a partial refund up, so the client never keeps sessions they were refunded for", () => {
    expect(creditsToRevoke({ ...base, refundedCents: 42000 })).toBe(3);
    expect(creditsToRevoke({ ...base, refundedCents: 14001 })).toBe(2);
    expect(creditsToRevoke({ ...base, refundedCents: 1 })).toBe(1);
  });

  it("never takes back sessions already used", () => {
    expect(creditsToRevoke({ ...base, sessionsRemaining: 2, refundedCents: 84000 })).toBe(2);
    expect(creditsToRevoke({ ...base, sessionsRemaining: 0, refundedCents: 84000 })).toBe(0);
  });

  it("revokes only the increment of a second refund", () => {
    const first = creditsToRevoke({ ...base, refundedCents: 28000 });
    expect(first).toBe(2);
    expect(creditsToRevoke({ ...base, sessionsRemaining: 4, previousRefundedCents: 28000, refundedCents: 84000 })).toBe(4);
    expect(creditsToRevoke({ ...base, sessionsRemaining: 4, previousRefundedCents: 28000, refundedCents: 28000 })).toBe(0);
  });

  it("in steps or at once, revokes the same in the end, within what is left", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 100, max: 1_000_000 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), (total, amount, fractions) => {
        const steps = fractions.map((f) => Math.round(f * amount)).sort((a, b) => a - b);
        let remaining = total;
        let previous = 0;
        for (const refunded of steps) {
          const revoked = creditsToRevoke({ sessionsTotal: total, sessionsRemaining: remaining, amountCents: amount, previousRefundedCents: previous, refundedCents: refunded });
          expect(revoked).toBeGreaterThanOrEqual(0);
          expect(revoked).toBeLessThanOrEqual(remaining);
          remaining -= revoked;
          previous = refunded;
        }
        expect(total - remaining).toBe(Math.ceil((total * previous) / amount));
      }),
    );
  });
});
