// Control characters and line breaks in a mail header are how a header is injected ("Subject: x\r\nBcc: …").
const BREAKS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;

/**
 * A value that is safe in one mail header line: every control character and line break becomes a
 * space. Applied to every address and subject the outbox stores, whatever the caller checked.
 */
export function headerValue(value: string): string {
  return value.replace(BREAKS, " ").replace(/ {2,}/g, " ").trim();
}

/** True when the text holds anything headerValue would change: a name or subject must be one line. */
export function hasLineBreakOrControl(value: string): boolean {
  return new RegExp(BREAKS.source).test(value);
}
