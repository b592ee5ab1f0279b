import { describe, expect, it } from "vitest";
import { databaseOutageResponse, isDatabaseOutage, withDatabaseOutage } from "@/lib/security/database-outage";

const wrapped = (cause: object) => Object.assign(new Error("Failed query: select 1"), { cause });

describe("database outage mapping", () => {
  it("recognises lost or refused connections, also when wrapped by Drizzle", () => {
    expect(isDatabaseOutage(Object.assign(new Error("write CONNECTION_CLOSED"), { code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(isDatabaseOutage(wrapped({ code: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
    expect(isDatabaseOutage(wrapped({ code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseOutage(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("leaves other errors alone: constraint violations, bugs, redirects", () => {
    expect(isDatabaseOutage(wrapped({ code: "23P01" }))).toBe(false);
    expect(isDatabaseOutage(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseOutage(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/sign-in;307;" }))).toBe(false);
    expect(isDatabaseOutage(null)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isDatabaseOutage(loop)).toBe(false);
  });

  it("answers 503 JSON with Retry-After, and rethrows anything else", async () => {
    const res = await withDatabaseOutage(async () => {
      throw wrapped({ code: "CONNECTION_DESTROYED" });
    })();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await res.json()).error).toMatch(/briefly unavailable/);
    await expect(withDatabaseOutage(async () => Promise.reject(new Error("bug")))()).rejects.toThrow("bug");
    expect((await withDatabaseOutage(async (n: number) => Response.json({ n }))(2)).status).toBe(200);
    expect(databaseOutageResponse(30).headers.get("retry-after")).toBe("30");
  });
});
