import crypto from "node:crypto";
import { inArray } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { env } from "@/lib/env";
import { CLIENT_IP_HEADER } from "./client-ip";

// Limits per bucket: `points` attempts per `duration` seconds for one key (an IP or an email).
// The store is the database, so every app instance shares the counters.
export const RATE_LIMITS = {
  booking: { points: 10, duration: 10 * 60 },
  contact: { points: 5, duration: 10 * 60 },
  signIn: { points: 5, duration: 10 * 60 },
  manage: { points: 60, duration: 10 * 60 },
  checkout: { points: 10, duration: 10 * 60 },
} as const;
export type RateLimitBucket = keyof typeof RATE_LIMITS;

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const limiters = new WeakMap<object, Map<RateLimitBucket, RateLimiterDrizzle>>();

function limiterFor(db: Db, bucket: RateLimitBucket) {
  let byBucket = limiters.get(db);
  if (!byBucket) limiters.set(db, (byBucket = new Map()));
  let limiter = byBucket.get(bucket);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: bucket, ...RATE_LIMITS[bucket] });
    byBucket.set(bucket, limiter);
  }
  return limiter;
}

export function rateLimitsEnabled(): boolean {
  // eslint-disable-next-line no-restricted-properties -- read per call: tests and benchmarks switch it at run time
  return process.env.AMBIT_RATE_LIMITS !== "off";
}

/**
 * Counts one attempt for each key (e.g. the client IP and the email address) and says whether all
 * are still within the bucket's limit. With AMBIT_RATE_LIMITS=off it always allows.
 */
export async function consumeRateLimit(db: Db, bucket: RateLimitBucket, keys: (string | null | undefined)[]): Promise<RateLimitResult> {
  if (!rateLimitsEnabled()) return { ok: true };
  let retryAfterMs = 0;
  for (const key of keys) {
    if (!key) continue;
    try {
      await limiterFor(db, bucket).consume(storedKey(key));
    } catch (err) {
      if (err instanceof RateLimiterRes) retryAfterMs = Math.max(retryAfterMs, err.msBeforeNext);
      else throw err;
    }
  }
  return retryAfterMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : { ok: true };
}

/**
 * Keys (addresses, emails) are stored as a keyed hash, so the counters hold no personal data;
 * forgetRateLimitKeys finds a person's rows again by hashing their email the same way.
 */
function storedKey(key: string): string {
  return crypto.createHmac("sha256", env().authSecret).update(`rate-limit:${key.trim().toLowerCase()}`).digest("base64url");
}

/** Deletes every counter kept under these keys (e.g. an erased contact's email), in every bucket. */
export async function forgetRateLimitKeys(db: Db, keys: string[]): Promise<void> {
  const stored = keys.flatMap((key) => Object.keys(RATE_LIMITS).map((bucket) => `${bucket}:${storedKey(key)}`));
  if (stored.length) await db.delete(rateLimits).where(inArray(rateLimits.key, stored));
}

/**
 * The caller's address, for rate-limit keys: the header the server wrapper of ./client-ip sets
 * from the socket (and from X-Forwarded-For of trusted proxies only). A client cannot set it.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}

/** A 429 response with Retry-After, in the API's JSON error shape. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return Response.json(
    { error: "Too many attempts. Please wait a little and try again." },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}
