import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";

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
      await limiterFor(db, bucket).consume(key.toLowerCase());
    } catch (err) {
      if (err instanceof RateLimiterRes) retryAfterMs = Math.max(retryAfterMs, err.msBeforeNext);
      else throw err;
    }
  }
  return retryAfterMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : { ok: true };
}

/** The caller's address as the proxy reports it (first hop of X-Forwarded-For), for rate-limit keys. */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}

/** A 429 response with Retry-After, in the API's JSON error shape. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return Response.json(
    { error: "Too many attempts. Please wait a little and try again." },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}
