import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";

describe("environment", () => {
  it("refuses to start in production without AUTH_SECRET, naming the variable", () => {
    expect(() => loadEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
  });

  it("lists every problem at once", () => {
    let message = "";
    try {
      loadEnv({ NODE_ENV: "production", DATABASE_URL: "mysql://x", STRIPE_SECRET_KEY: "sk_test_1" });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
    expect(message).toMatch(/AUTH_SECRET/);
    expect(message).toMatch(/STRIPE_WEBHOOK_SECRET is required/);
  });

  it("has working defaults for development, and treats blank values as unset", () => {
    const e = loadEnv({ NODE_ENV: "development", AUTH_SECRET: "x".repeat(40), RESEND_API_KEY: "" });
    expect(e.AMBIT_COACH_EMAIL).toBe("coach@example.com");
    expect(e.RESEND_API_KEY).toBeUndefined();
    expect(e.devMail).toBe(true);
    expect(e.rateLimits).toBe(true);
    expect(e.publicUrl).toBe("http://localhost:3000");
    expect(e.twoFactorWindowMs).toBe(600_000);
  });

  it("reads the two-factor window in whole seconds, within bounds", () => {
    const base = { NODE_ENV: "development" as const, AUTH_SECRET: "x".repeat(40) };
    expect(loadEnv({ ...base, AMBIT_TWO_FACTOR_WINDOW_SECONDS: "15" }).twoFactorWindowMs).toBe(15_000);
    expect(() => loadEnv({ ...base, AMBIT_TWO_FACTOR_WINDOW_SECONDS: "5" })).toThrow(/AMBIT_TWO_FACTOR_WINDOW_SECONDS/);
    expect(() => loadEnv({ ...base, AMBIT_TWO_FACTOR_WINDOW_SECONDS: "1.5" })).toThrow(/AMBIT_TWO_FACTOR_WINDOW_SECONDS/);
  });

  it("derives the public URL from AUTH_URL and turns the dev mailbox off in production", () => {
    const e = loadEnv({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(40), AUTH_URL: "https://coach.example.com/api/auth", AMBIT_RATE_LIMITS: "off" });
    expect(e.publicUrl).toBe("https://coach.example.com");
    expect(e.devMail).toBe(false);
    expect(e.rateLimits).toBe(false);
    expect(e.authSecret).toBe("s".repeat(40));
  });
});
