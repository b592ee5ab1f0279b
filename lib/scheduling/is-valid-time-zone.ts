// Zones already accepted; building an Intl.DateTimeFormat is the slow part. Only valid names are
// kept, so the cache stays as small as the tz database.
const knownValid = new Set<string>(["UTC"]);

/**
 * True for IANA zone names the runtime knows (including aliases such as "Asia/Calcutta") and for
 * "UTC". Fixed offsets such as "+01:00" are refused: a coach's or viewer's zone is a place.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string") return false;
  if (knownValid.has(timeZone)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    return false;
  }
  knownValid.add(timeZone);
  return true;
}
