import { describe, expect, it } from "vitest";
import { splitNoteLines } from "./note-lines";
import { parseIntakeQuestions } from "./meeting-types";

describe("splitNoteLines", () => {
  it("gives one item per non-empty line, without list markers or checkboxes", () => {
    expect(splitNoteLines("- Update the CV\n* [ ] Email two agencies\n\n1. Read the book\n2) Call Sam\n## Next\n[x] Done thing\nPlain line")).toEqual([
      "Update the CV", "Email two agencies", "Read the book", "Call Sam", "Next", "Done thing", "Plain line",
    ]);
    expect(splitNoteLines("\r\n  \n")).toEqual([]);
  });

  it("shortens very long lines to fit an action item", () => {
    expect(splitNoteLines("x".repeat(400))[0]).toHaveLength(298);
  });
});

describe("parseIntakeQuestions", () => {
  it("reads one question a line, * for required, keeping known questions' kind and ids unique", () => {
    const existing = [{ id: "situation", label: "Where are you now?", kind: "select" as const, options: ["A", "B"], required: false }];
    expect(parseIntakeQuestions("Where are you now? *\nGoals\nGoals", existing)).toEqual([
      { id: "situation", label: "Where are you now?", kind: "select", options: ["A", "B"], required: true },
      { id: "goals", label: "Goals", kind: "textarea", required: false },
      { id: "goals-2", label: "Goals", kind: "textarea", required: false },
    ]);
  });
});
