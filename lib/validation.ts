// The one validation module: what a typed value must look like, as predicates and as zod schemas.
// Actions and route handlers parse with these at the edge; services take the typed result.
import { z } from "zod";
import { isCalendarDate, isValidTimeZone } from "@/lib/scheduling";

export { isValidTimeZone as isTimeZone };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs and forms are checked before they reach a uuid column (which would answer with an error). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** True for a real calendar date written `YYYY-MM-DD` ("2025-02-30" is false). */
export function isIsoDate(value: unknown): value is string {
  return isCalendarDate(value);
}

// Text a person typed: no control characters (PostgreSQL refuses NUL), trimmed, bounded.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Trimmed text of at most `max` characters without control characters ("" allowed). */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters`)
    .refine((s) => !CONTROL.test(s), "Remove the special characters");

/** Control characters and line breaks: in a name they would reach mail headers and calendar invites. */
export const CONTROL_OR_LINE_BREAK = /[\u0000-\u001F\u007F\u0085\u2028\u2029]/;

/** True when the text holds a control character, tab or line break. */
export function hasControlOrLineBreak(value: string): boolean {
  return CONTROL_OR_LINE_BREAK.test(value);
}

/** Like plainText, and on one line: no tabs or line breaks either (names, subjects). */
export const oneLineText = (max: number, message = "Write it on one line") => plainText(max).refine((s) => !hasControlOrLineBreak(s), message);

/** A trimmed, lower-cased email address. */
export const emailAddress = z
  .string({ error: "Enter a valid email address" })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address").max(254, "Enter a valid email address"));

export const uuid = (message = "Not a valid id") => z.string().refine(isUuid, message);

export const isoDate = (message = "Use a real date as YYYY-MM-DD") => z.string().trim().refine(isIsoDate, message);

/** An IANA zone name, kept as given (the runtime's canonical names are older, e.g. Asia/Calcutta). */
export const timeZone = (message = "Use an IANA time zone such as Europe/Paris") => z.string().max(64).refine(isValidTimeZone, message);

/** "450", "450.5" or "450.50" -> 45050; null when it is not a plain amount with at most two decimals. */
export function parseAmountToMinorUnits(value: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/** A price typed as "450.50": parsed to minor units (pence, cents). */
export const moneyAmount = (message = "Enter an amount such as 450 or 450.50") =>
  z
    .string()
    .transform((value, ctx) => {
      const minor = parseAmountToMinorUnits(value);
      if (minor === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return minor;
    });

/** zod issues -> { field: [messages] } for forms (the first path segment names the field). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
