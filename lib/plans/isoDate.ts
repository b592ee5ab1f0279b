import { format, isValid, parse } from "date-fns";
import type { IsoDate } from "./types";

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// parse() needs a reference date for fields the pattern leaves out; the pattern has them all.
const REFERENCE_DATE = new Date(2000, 0, 1);

/** True for a real calendar date written `YYYY-MM-DD` ("2025-02-30" is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && ISO_DATE_PATTERN.test(value) && isValid(parse(value, "yyyy-MM-dd", REFERENCE_DATE));
}

/** The date as local midnight, for date-fns arithmetic. Throws a RangeError on anything but a real `YYYY-MM-DD`. */
export function parseIsoDate(value: IsoDate): Date {
  if (!isIsoDate(value)) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parse(value, "yyyy-MM-dd", REFERENCE_DATE);
}

export function formatIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}
