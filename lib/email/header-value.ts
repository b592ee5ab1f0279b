import { CONTROL_OR_LINE_BREAK } from "@/lib/validation";

// Control characters and line breaks in a mail header are how a header is injected ("Subject: x\r\nBcc: …").
const BREAKS = new RegExp(`${CONTROL_OR_LINE_BREAK.source}+`, "g");

/**
 * A value that is safe in one mail header line: every control character and line break becomes a
 * space. Applied to every address and subject the outbox stores, whatever the caller checked.
 */
export function headerValue(value: string): string {
  return value.replace(BREAKS, " ").replace(/ {2,}/g, " ").trim();
}
