import { describe, expect, it } from "vitest";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

describe("recovery codes", () => {
  it("makes ten distinct, readable codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(code).not.toMatch(/[01ilo]/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
  });

  it("hashes what was typed regardless of case, spaces and dashes", () => {
    const [code] = newRecoveryCodes(1);
    const hash = hashRecoveryCode(code, SECRET);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normalizeRecoveryCode(code));
    expect(hashRecoveryCode(code.toUpperCase().replace("-", " "), SECRET)).toBe(hash);
    expect(hashRecoveryCode(code.replace("-", ""), SECRET)).toBe(hash);
  });

  it("keys the hash with the app secret", () => {
    const [code] = newRecoveryCodes(1);
    expect(hashRecoveryCode(code, SECRET)).not.toBe(hashRecoveryCode(code, `${SECRET}x`));
  });

  it("tells codes from other input", () => {
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("abcde-fghj")).toBe(false); // nine letters
    expect(looksLikeRecoveryCode("abcde-fghjk")).toBe(true);
  });
});
