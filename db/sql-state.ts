// Reading a PostgreSQL error. Drizzle wraps driver errors, so the SQLSTATE is on `cause`
// (postgres.js and PGlite both set `code`; the constraint is `constraint_name` on postgres.js,
// `constraint` on PGlite).

export const SQLSTATE = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  restrictViolation: "23001",
  checkViolation: "23514",
  exclusionViolation: "23P01",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

type PgErrorFields = { code?: unknown; constraint_name?: unknown; constraint?: unknown };

function fieldsOf(err: unknown): PgErrorFields[] {
  const e = err as (PgErrorFields & { cause?: PgErrorFields }) | null;
  return e && typeof e === "object" ? [e.cause ?? {}, e] : [];
}

/** The SQLSTATE of an error, read through Drizzle's wrapper. */
export function sqlState(err: unknown): string | undefined {
  for (const f of fieldsOf(err)) if (typeof f.code === "string") return f.code;
  return undefined;
}

/** The name of the constraint that refused the write, if the driver says. */
export function violatedConstraint(err: unknown): string | undefined {
  for (const f of fieldsOf(err)) {
    const name = f.constraint_name ?? f.constraint;
    if (typeof name === "string") return name;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown) => sqlState(err) === SQLSTATE.uniqueViolation;

/** An exclusion constraint fired (two live bookings of one coach overlapping): the slot was just taken. */
export const isExclusionViolation = (err: unknown) => sqlState(err) === SQLSTATE.exclusionViolation;
