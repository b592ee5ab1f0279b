// The one family of domain errors. Services throw an AppError (or a named subclass) with a code;
// the edges map the code in one place: route handlers through HTTP_STATUS / errorResponse, server
// actions through the form-action builder (app/_components/forms/form-action.ts).

export const ERROR_CODES = [
  "bad_request", // the request itself is malformed (not JSON, too large, missing parameter)
  "invalid_input", // a value fails validation; `field` / `fieldErrors` say which
  "not_found", // does not exist, or is not the caller's: the two are never told apart
  "forbidden", // the caller may see it but not do this
  "conflict", // the state changed under the caller (slot taken, already exists, not changeable)
  "payment_required", // no credit left
  "rate_limited",
  "unavailable", // an outside service (Stripe, the database) cannot be reached
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one code -> HTTP status map. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_input: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  payment_required: 402,
  rate_limited: 429,
  unavailable: 503,
};

export type AppErrorOptions = {
  /** The form field (or JSON path) the message belongs to. */
  field?: string;
  /** Several fields at once, keyed by field name. */
  fieldErrors?: Record<string, string[]>;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.field = options.field;
    this.fieldErrors = options.fieldErrors;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }

  /** Every field's messages: `fieldErrors`, or the one `field` with this message. */
  get allFieldErrors(): Record<string, string[]> | undefined {
    if (this.fieldErrors) return this.fieldErrors;
    return this.field ? { [this.field]: [this.message] } : undefined;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Input that fails validation, keyed by form field name; nothing was written. */
export class InvalidInputError extends AppError {
  declare readonly fieldErrors: Record<string, string[]>;
  constructor(fieldErrors: Record<string, string[]>, message = "Please correct the highlighted fields.") {
    super("invalid_input", message, { fieldErrors });
  }
}

/** The record does not exist or belongs to someone else (the two are never told apart). */
export class NotFoundError extends AppError {
  constructor(what = "Record") {
    super("not_found", `${what} not found`);
  }
}

export type ErrorBody = { error: string; issues?: { path: string; message: string }[] };

const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON error answer `{ error, issues? }`, never cached. */
export function jsonError(status: number, error: string, issues?: ErrorBody["issues"]): Response {
  return Response.json(issues ? { error, issues } : { error }, { status, headers: NO_STORE });
}

/** An AppError as its HTTP answer; its field (if any) becomes the one issue. */
export function errorResponse(err: AppError): Response {
  const issues = err.fieldErrors
    ? Object.entries(err.fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ path, message })))
    : err.field !== undefined
      ? [{ path: err.field, message: err.message }]
      : undefined;
  return jsonError(err.status, err.message, issues);
}

// The named errors below are kinds of AppError, each with its code (and so its status) fixed.

// Booking
/** The time is not offered (rules) or was just taken (another booking won). */
export class SlotUnavailableError extends AppError {
  constructor(message = "That time is no longer available. Please choose another.") {
    super("conflict", message);
  }
}

/** No active meeting type with that slug, or not one this caller may book. */
export class MeetingTypeNotFoundError extends AppError {
  constructor(slug: string) {
    super("invalid_input", `There is no meeting type "${slug}" to book.`, { field: "type" });
  }
}

/** A `clients`-only meeting type booked without a package credit. */
export class CreditRequiredError extends AppError {
  constructor() {
    super("invalid_input", "This session can only be booked by a client, with a credit from their package.", { field: "type" });
  }
}

/** The client has no credit left for this meeting type. */
export class NoCreditError extends AppError {
  constructor() {
    super("payment_required", "You have no sessions left in your package for this kind of meeting.");
  }
}

/** No booking behind that id or manage link (for this caller). */
export class BookingNotFoundError extends AppError {
  constructor() {
    super("not_found", "We could not find that booking.");
  }
}

/** The booking is in the past, cancelled, or already replaced. */
export class BookingNotChangeableError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

/** Input a booking service cannot accept (e.g. an unknown time zone). */
export class InvalidBookingInputError extends AppError {
  constructor(message: string, field?: string) {
    super("invalid_input", message, { field });
  }
}

// Career plans
/** The plan (or a thing in it) does not exist, or it is not the caller's. */
export class PlanNotFoundError extends AppError {
  constructor(what = "Plan") {
    super("not_found", `${what} not found`);
  }
}

/** The caller may see the thing but not change it (a client editing goals, ticking a coach's item). */
export class PlanForbiddenError extends AppError {
  constructor(message = "You cannot change this") {
    super("forbidden", message);
  }
}

export class PlanAlreadyExistsError extends AppError {
  constructor() {
    super("conflict", "This client already has a career plan");
  }
}

export class TemplateNotFoundError extends AppError {
  constructor(key: string) {
    super("not_found", `No plan template called ${JSON.stringify(key)}`);
  }
}

/** Input that passed no schema check reached a plan service (a bad date, a goal of another plan). */
export class InvalidPlanInputError extends AppError {
  constructor(message: string, field?: string) {
    super("invalid_input", message, { field });
  }
}

// Billing
/** The package does not exist for this coach, or is archived. */
export class PackageUnavailableError extends AppError {
  constructor(message = "That package is no longer available.") {
    super("conflict", message);
  }
}

/** The meeting type chosen for a package's credits is not one of the coach's client session types. */
export class InvalidCreditMeetingTypeError extends AppError {
  constructor(message = "Choose one of your client session types.") {
    super("invalid_input", message, { field: "meetingTypeId" });
  }
}

/** Stripe refused or could not be reached while starting a checkout. */
export class CheckoutUnavailableError extends AppError {
  constructor(message = "Online payment is unavailable right now. Please try again in a few minutes.", options?: { cause?: unknown }) {
    super("unavailable", message, options);
  }
}

/** The refund asked for cannot be made (unknown payment, nothing left to refund, amount too high). */
export class RefundNotPossibleError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("conflict", message, options);
  }
}
