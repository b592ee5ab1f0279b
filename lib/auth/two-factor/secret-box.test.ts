import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secret-box";

const KEY = "a-test-secret-that-is-long-enough-0123456789";

describe("two-factor secrets at rest", () => {
  it("round-trips, and never stores the secret in the clear", () => {
    const sealed = encryptSecret("JBSWY3DPEHPK3PXP", KEY);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toBe(encryptSecret("JBSWY3DPEHPK3PXP", KEY)); // fresh IV each time
    expect(decryptSecret(sealed, KEY)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses another AUTH_SECRET and altered data", () => {
    const sealed = encryptSecret("JBSWY3DPEHPK3PXP", KEY);
    expect(() => decryptSecret(sealed, `${KEY}x`)).toThrow();
    const [v, iv, tag, data] = sealed.split(".");
    const flipped = `${data[0] === "A" ? "B" : "A"}${data.slice(1)}`;
    expect(() => decryptSecret([v, iv, tag, flipped].join("."), KEY)).toThrow();
    expect(() => decryptSecret("plain", KEY)).toThrow();
  });
});
