const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since local midnight for "HH:MM"; "24:00" only when `allowEndOfDay`. Null if malformed. */
export function parseTimeOfDay(value: string, allowEndOfDay = false): number | null {
  if (allowEndOfDay && value === "24:00") return 24 * 60;
  const match = TIME_OF_DAY.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
