/**
 * Splits session notes into candidate action items: one per non-empty line, with list markers
 * ("- ", "* ", "1. ", "[ ] ") removed. Pure.
 */
export function splitNoteLines(notes: string): string[] {
  return notes
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*+•]|\d+[.)])?\s*(?:\[[ xX]?\]\s*)?/, "").trim())
    .filter((line) => line.length > 0 && !/^#+\s*$/.test(line))
    .map((line) => line.replace(/^#+\s+/, ""))
    .map((line) => (line.length > 300 ? `${line.slice(0, 297)}…` : line));
}
