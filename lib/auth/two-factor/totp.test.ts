import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { matchTotpStep, newTotpSecret, totpUri } from "./totp";

const secret = newTotpSecret();
const now = new Date("2027-03-28T00:59:45Z"); // 15 s before a step boundary
const codeAt = (date: Date) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) });
const step = Math.floor(now.getTime() / 30_000);
const shift = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("TOTP codes", () => {
  it("accepts the current code and one step of drift either side, and no more", async () => {
    expect(await matchTotpStep(secret, await codeAt(now), now, null)).toBe(step);
    expect(await matchTotpStep(secret, await codeAt(shift(-30)), now, null)).toBe(step - 1);
    expect(await matchTotpStep(secret, await codeAt(shift(30)), now, null)).toBe(step + 1);
    expect(await matchTotpStep(secret, await codeAt(shift(-60)), now, null)).toBeNull();
    expect(await matchTotpStep(secret, await codeAt(shift(60)), now, null)).toBeNull();
  });

  it("refuses a code whose step is not after the last one used", async () => {
    const code = await codeAt(now);
    expect(await matchTotpStep(secret, code, now, step - 1)).toBe(step);
    expect(await matchTotpStep(secret, code, now, step)).toBeNull();
    // The previous step's code is still in the drift window, but older than the one used.
    expect(await matchTotpStep(secret, await codeAt(shift(-30)), now, step)).toBeNull();
  });

  it("refuses another secret's code and anything that is not six digits", async () => {
    const other = await generate({ secret: newTotpSecret(), epoch: Math.floor(now.getTime() / 1000) });
    const mine = await codeAt(now);
    if (other !== mine) expect(await matchTotpStep(secret, other, now, null)).toBeNull();
    for (const bad of ["", "12345", "1234567", "abcdef", ` ${mine}`, `${mine.slice(0, 3)}-${mine.slice(3)}`]) {
      expect(await matchTotpStep(secret, bad, now, null), bad).toBeNull();
    }
  });

  it("describes the account for authenticator apps", () => {
    const uri = new URL(totpUri("JBSWY3DPEHPK3PXP", "coach@example.com"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(uri.searchParams.get("issuer")).toBe("Ambit");
    expect(decodeURIComponent(uri.pathname)).toContain("coach@example.com");
  });
});
