// Domain errors of the coach workspace; the app maps them to notFound(), field errors or 4xx.

/** The record does not exist or belongs to another coach (the two are never told apart). */
export class NotFoundError extends Error {
  constructor(what = "Record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** Input that fails validation; `fieldErrors` are keyed by form field name. Nothing was written. */
export class InvalidInputError extends Error {
  constructor(
    public readonly fieldErrors: Record<string, string[]>,
    message = "Please correct the highlighted fields.",
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs and forms are checked before they reach a uuid column (which would reject them with a 500). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Reads the SQLSTATE through Drizzle's wrapper (postgres.js and PGlite both set `code`). */
export function pgErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.cause?.code ?? e?.code;
}
