// When PostgreSQL restarts or drops connections, requests in flight fail. They should answer
// 503 with a JSON error and Retry-After (clients retry), not a 500; the driver reconnects on the
// next query, so the app recovers by itself.

// postgres.js's own codes, Node's socket errors, and SQLSTATEs of class 08 (connection exception),
// 57P01-03 (shutdown, crash, starting up) and 53300 (too many connections).
const OUTAGE_CODES = new Set([
  "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT",
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN",
  "08000", "08001", "08003", "08004", "08006", "08P01", "57P01", "57P02", "57P03", "53300",
]);

/** True when the error (or anything it wraps) says the database connection was lost or refused. */
export function isDatabaseOutage(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && OUTAGE_CODES.has(e.code)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseOutage(inner, depth + 1))) return true;
  return isDatabaseOutage(e.cause, depth + 1);
}

export const DATABASE_OUTAGE_MESSAGE = "The service is briefly unavailable. Please try again in a moment.";

/** 503 in the API's JSON error shape, with a hint of when to retry. */
export function databaseOutageResponse(retryAfterSeconds = 5): Response {
  return Response.json(
    { error: DATABASE_OUTAGE_MESSAGE },
    { status: 503, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

/**
 * Wraps a route handler: a lost database connection becomes a 503 JSON answer; any other error is
 * left to propagate. The public JSON API (availability, bookings) is wrapped, as its callers retry
 * on 503; the other handlers (webhook, calendar feed, cron, health) answer a lost database with
 * their own status or Next's 500, which their callers (Stripe, calendar apps, the scheduler) retry.
 */
export function withDatabaseOutage<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (!isDatabaseOutage(err)) throw err;
      console.error("[ambit] database unavailable:", (err as Error).message);
      return databaseOutageResponse();
    }
  };
}
