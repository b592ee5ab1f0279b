import { format, parse } from "date-fns";
import { isIsoDate } from "@/lib/validation";
import type { IsoDate } from "./types";

export { isIsoDate };

// parse() needs a reference date for fields the pattern leaves out; the pattern has them all.
const REFERENCE_DATE = new Date(2000, 0, 1);

/** The date as local midnight, for date-fns arithmetic. Throws a RangeError on anything but a real `YYYY-MM-DD`. */
export function parseIsoDate(value: IsoDate): Date {
  if (!isIsoDate(value)) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parse(value, "yyyy-MM-dd", REFERENCE_DATE);
}

export function formatIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}
