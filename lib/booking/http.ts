// The public booking API (see DESIGN.md, "Public HTTP contract"). Route files call these with the
// app's database and the clock; tests and benchmarks call them with their own.
import type { Db } from "@/db/client";
import { formatSlotInZone, InvalidSlotQueryError } from "@/lib/scheduling";
import { databaseOutageResponse, isDatabaseOutage } from "@/lib/security/database-outage";
import { clientIp, consumeRateLimit, tooManyRequests } from "@/lib/security/rate-limit";
import type { z } from "zod";
import type { AvailabilityCache } from "./availability-cache";
import { bookSlot } from "./book-slot";
import { CreditRequiredError, InvalidBookingInputError, MeetingTypeNotFoundError, SlotUnavailableError } from "@/lib/errors";
import { getSlotsForType } from "./get-slots-for-type";
import { availabilityQuerySchema, bookingRequestSchema, emailAddress } from "./schemas";

const MAX_BODY_BYTES = 32_000;
const NO_STORE = { "Cache-Control": "no-store" };

type Issue = { path: string; message: string };

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

function errorResponse(status: number, error: string, issues?: Issue[]): Response {
  return Response.json(issues ? { error, issues } : { error }, { status, headers: NO_STORE });
}

function unexpected(err: unknown): Response {
  if (isDatabaseOutage(err)) return databaseOutageResponse();
  console.error("[ambit] booking API failed:", err);
  return errorResponse(500, "Something went wrong on our side. Please try again.");
}

function jsonResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/json", ...NO_STORE } });
}

/**
 * GET /api/availability?type=&from=&to=&tz= -> 200 {timezone, slots} | 400 {error}. With a cache,
 * answers are kept until a change is notified or time alone would change them.
 */
export async function handleAvailabilityRequest(db: Db, url: URL, now: Date, cache?: AvailabilityCache): Promise<Response> {
  const keys = ["type", "from", "to", "tz"] as const;
  const missing = keys.filter((k) => !url.searchParams.get(k));
  if (missing.length > 0) return errorResponse(400, `Missing parameter${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`);
  const parsed = availabilityQuerySchema.safeParse(Object.fromEntries(keys.map((k) => [k, url.searchParams.get(k)])));
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    return errorResponse(400, issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues);
  }
  const q = parsed.data;
  const key = `${q.type}\n${q.from}\n${q.to}\n${q.tz}`;
  const kept = cache?.get(key, now.getTime());
  if (kept !== undefined) return jsonResponse(kept);
  try {
    const ticket = cache?.begin();
    const result = await getSlotsForType(db, { typeSlug: q.type, from: q.from, to: q.to, timezone: q.tz }, now);
    const body = JSON.stringify({ timezone: q.tz, slots: result.slots.map((s) => ({ start: formatSlotInZone(s.start, q.tz), end: formatSlotInZone(s.end, q.tz) })) });
    if (cache && ticket !== undefined) cache.set(key, body, ticket, now.getTime(), result.unchangedUntil);
    return jsonResponse(body);
  } catch (err) {
    if (err instanceof MeetingTypeNotFoundError) return errorResponse(400, `type: ${err.message}`);
    if (err instanceof InvalidSlotQueryError) return errorResponse(400, err.message);
    return unexpected(err);
  }
}

/** POST /api/bookings -> 201 {id, start, end, manageUrl} | 400/422 {error, issues} | 409 | 429. */
export async function handleCreateBookingRequest(db: Db, request: Request, now: Date): Promise<Response> {
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return errorResponse(400, "The request body is too large");
    body = JSON.parse(text);
  } catch {
    return errorResponse(400, "The request body must be JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return errorResponse(400, "The request body must be a JSON object");

  // Every attempt counts, valid or not, per address and per email.
  const email = emailAddress.safeParse((body as Record<string, unknown>).email);
  const limit = await consumeRateLimit(db, "booking", [clientIp(request.headers), email.success ? email.data : null]);
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);

  const parsed = bookingRequestSchema.safeParse(body);
  if (!parsed.success) return errorResponse(422, "The booking request is not valid", issuesOf(parsed.error));
  const b = parsed.data;
  try {
    const { booking, manageUrl } = await bookSlot(
      db,
      { typeSlug: b.type, start: b.start, name: b.name, email: b.email, timezone: b.timezone, answers: b.answers, source: b.source ?? "api", actor: "invitee" },
      now,
    );
    return Response.json(
      { id: booking.id, start: formatSlotInZone(booking.startsAt, b.timezone), end: formatSlotInZone(booking.endsAt, b.timezone), manageUrl },
      { status: 201, headers: NO_STORE },
    );
  } catch (err) {
    if (err instanceof SlotUnavailableError) return errorResponse(409, err.message);
    if (err instanceof MeetingTypeNotFoundError || err instanceof CreditRequiredError) {
      return errorResponse(422, err.message, [{ path: "type", message: err.message }]);
    }
    if (err instanceof InvalidBookingInputError) return errorResponse(422, err.message, [{ path: err.field ?? "", message: err.message }]);
    if (err instanceof InvalidSlotQueryError) return errorResponse(422, err.message);
    return unexpected(err);
  }
}
