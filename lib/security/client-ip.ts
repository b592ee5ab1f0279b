// Who is calling, for rate limits. Route handlers and server actions never see the socket, and
// Next copies a client's own X-Forwarded-For through untouched, so that header proves nothing.
// At start (instrumentation.ts) the HTTP server is wrapped: before Next sees a request, the
// address is worked out from the socket and written to CLIENT_IP_HEADER, replacing anything the
// client sent under that name. X-Forwarded-For is believed only from AMBIT_TRUSTED_PROXIES.
import http from "node:http";
import https from "node:https";
import net from "node:net";

export const CLIENT_IP_HEADER = "x-ambit-client-ip";

/** "1.2.3.4", "::ffff:1.2.3.4", "1.2.3.4:5678", "[::1]:443" -> a bare address, or null if it is not one. */
export function normalizeAddress(value: string | undefined | null): string | null {
  let v = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(v)) v = v.slice(7);
  return net.isIP(v) ? v.toLowerCase() : null;
}

/** Why one AMBIT_TRUSTED_PROXIES entry is not an address or CIDR, or null when it is fine. */
function entryProblem(entry: string): string | null {
  const [address, bits, extra] = entry.split("/");
  const version = net.isIP(address);
  if (!version || extra !== undefined) return `"${entry}" is not an IP address or CIDR`;
  if (bits === undefined) return null;
  const max = version === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max ? null : `"${entry}" has a prefix length outside 0-${max}`;
}

function entriesOf(value: string | undefined): string[] {
  return (value ?? "").split(/[\s,]+/).filter(Boolean);
}

/** Problems in an AMBIT_TRUSTED_PROXIES value (addresses and CIDRs, comma- or space-separated). */
export function trustedProxiesProblems(value: string | undefined): string[] {
  return entriesOf(value).map(entryProblem).filter((p): p is string => p !== null);
}

export type TrustedProxies = { has: (address: string) => boolean };

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const problems = trustedProxiesProblems(value);
  if (problems.length) throw new Error(`AMBIT_TRUSTED_PROXIES: ${problems.join("; ")}`);
  const list = new net.BlockList();
  for (const entry of entriesOf(value)) {
    const [address, bits] = entry.split("/");
    const type = net.isIP(address) === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return { has: (address) => list.check(address, net.isIP(address) === 4 ? "ipv4" : "ipv6") };
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy; then X-Forwarded-For
 * is read from the right (each proxy appends the address it saw) and the first hop that is not a
 * trusted proxy is the client. Hops further left were written by the client and are ignored.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const peer = normalizeAddress(socketAddress);
  if (!peer) return "unknown";
  if (!trusted.has(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",");
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) {
      if (hops[i].trim() === "") continue;
      // Not an address where a trusted proxy should have written one: trust nothing further left.
      return nearest;
    }
    if (!trusted.has(hop)) return hop;
    nearest = hop;
  }
  return nearest;
}

let installed = false;

/** Wraps every HTTP(S) server of this process so each request carries CLIENT_IP_HEADER. Once. */
export function installClientIpHeader(trusted: TrustedProxies): void {
  if (installed) return;
  installed = true;
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trusted);
      }
      return emit.call(this, event, ...args);
    } as typeof proto.emit;
  }
}
