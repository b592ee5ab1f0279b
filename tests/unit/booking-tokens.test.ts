import { describe, expect, it } from "vitest";
import { createManageToken, createSecretToken, hashToken, looksLikeToken } from "@/lib/booking/tokens";

describe("manage and feed tokens", () => {
  it("are 32 random bytes in base64url, and differ every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, createSecretToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(looksLikeToken(token)).toBe(true);
    }
  });

  it("are stored only as their SHA-256 in hex", () => {
    const { token, hash } = createManageToken();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    // A known vector, so the stored form never changes by accident.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("refuses junk before any lookup", () => {
    for (const junk of ["", "short", "x".repeat(44), "a".repeat(42) + "=", "../../etc/passwd".padEnd(43, "a"), "a".repeat(42) + " "]) {
      expect(looksLikeToken(junk)).toBe(false);
    }
  });
});
