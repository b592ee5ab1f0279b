import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";
import { CLIENT_IP_HEADER, installClientIpHeader, normalizeAddress, parseTrustedProxies, resolveClientIp } from "@/lib/security/client-ip";
import { clientIp } from "@/lib/security/rate-limit";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.1 2001:db8::/32");

describe("the client address for rate limits", () => {
  it("is the socket peer when no proxy is trusted: X-Forwarded-For from a client counts for nothing", () => {
    expect(resolveClientIp("203.0.113.9", "198.51.100.77", none)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(resolveClientIp("127.0.0.1", "203.0.113.77, 10.0.0.1", none)).toBe("127.0.0.1");
  });

  it("behind trusted proxies is the right-most hop that is not one of them", () => {
    expect(resolveClientIp("10.1.2.3", "198.51.100.4", proxies)).toBe("198.51.100.4");
    // The client wrote the first two hops; the proxies appended the rest.
    expect(resolveClientIp("10.1.2.3", "1.1.1.1, 203.0.113.77, 198.51.100.4, 192.0.2.1", proxies)).toBe("198.51.100.4");
    expect(resolveClientIp("10.1.2.3", ["1.1.1.1", "198.51.100.4:5123"], proxies)).toBe("198.51.100.4");
    expect(resolveClientIp("2001:db8::1", "[2001:db8::2]:443, 2606:4700::1", proxies)).toBe("2606:4700::1");
    // Only trusted hops: the left-most of them; nothing at all: the proxy itself.
    expect(resolveClientIp("10.1.2.3", "10.9.9.9, 192.0.2.1", proxies)).toBe("10.9.9.9");
    expect(resolveClientIp("10.1.2.3", undefined, proxies)).toBe("10.1.2.3");
    // Garbage where a proxy should have written an address stops the walk.
    expect(resolveClientIp("10.1.2.3", "198.51.100.4, not-an-ip", proxies)).toBe("10.1.2.3");
  });

  it("normalizes addresses and refuses what is not one", () => {
    expect(normalizeAddress(" ::FFFF:192.0.2.5 ")).toBe("192.0.2.5");
    expect(normalizeAddress("192.0.2.5:8080")).toBe("192.0.2.5");
    expect(normalizeAddress("[::1]:3000")).toBe("::1");
    expect(normalizeAddress("local")).toBeNull();
  });

  it("AMBIT_TRUSTED_PROXIES is validated at start, naming the bad entry", () => {
    expect(loadEnv({ NODE_ENV: "test", AUTH_SECRET: "x".repeat(40), AMBIT_TRUSTED_PROXIES: "10.0.0.0/8,::1" }).AMBIT_TRUSTED_PROXIES).toBe("10.0.0.0/8,::1");
    expect(() => loadEnv({ NODE_ENV: "test", AUTH_SECRET: "x".repeat(40), AMBIT_TRUSTED_PROXIES: "10.0.0.0/8, proxy.example" })).toThrow(/AMBIT_TRUSTED_PROXIES: "proxy.example" is not an IP address/);
    expect(() => loadEnv({ NODE_ENV: "test", AUTH_SECRET: "x".repeat(40), AMBIT_TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/prefix length/);
  });

  it("a server wrapped at start replaces whatever the client sent under the header with the socket address", async () => {
    installClientIpHeader(none);
    const server = http.createServer((req, res) => res.end(String(req.headers[CLIENT_IP_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [CLIENT_IP_HEADER]: "203.0.113.77", "x-forwarded-for": "203.0.113.78" } });
      expect(await res.text()).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("rate-limit keys read only that header", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.77" }))).toBe("unknown");
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.4" }))).toBe("198.51.100.4");
  });
});
