// Domain errors of booking. The HTTP edge (http.ts) and the forms map them to statuses and messages.

export class BookingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The time is not offered (rules) or was just taken (another booking won). HTTP 409. */
export class SlotUnavailableError extends BookingError {
  constructor(message = "That time is no longer available. Please choose another.") {
    super(message);
  }
}

/** No active meeting type with that slug, or not one this caller may book. HTTP 422. */
export class MeetingTypeNotFoundError extends BookingError {
  constructor(slug: string) {
    super(`There is no meeting type "${slug}" to book.`);
  }
}

/** A `clients`-only meeting type booked without a package credit. HTTP 403. */
export class CreditRequiredError extends BookingError {
  constructor() {
    super("This session can only be booked by a client, with a credit from their package.");
  }
}

/** The client has no credit left for this meeting type. HTTP 402. */
export class NoCreditError extends BookingError {
  constructor() {
    super("You have no sessions left in your package for this kind of meeting.");
  }
}

/** No booking behind that id or manage link (for this caller). HTTP 404. */
export class BookingNotFoundError extends BookingError {
  constructor() {
    super("We could not find that booking.");
  }
}

/** The booking is in the past, cancelled, or already replaced. HTTP 409. */
export class BookingNotChangeableError extends BookingError {
  constructor(message: string) {
    super(message);
  }
}

/** Input the service cannot accept (e.g. an unknown time zone). HTTP 422. */
export class InvalidBookingInputError extends BookingError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** SQLSTATE of an error, read through Drizzle's wrapper (postgres.js and PGlite both set `code`). */
export function pgErrorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/** The exclusion constraint (two live overlapping bookings) fired: the slot was just taken. */
export function isOverlapViolation(err: unknown): boolean {
  return pgErrorCode(err) === "23P01";
}
