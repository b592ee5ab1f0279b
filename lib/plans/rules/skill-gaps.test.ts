import { describe, expect, it } from "vitest";
import { skillGaps } from "./skill-gaps";

describe("skillGaps", () => {
  it("computes target minus current, largest first", () => {
    const result = skillGaps([
      { id: "1", name: "Negotiation", kind: "soft" as const, currentLevel: 3, targetLevel: 4 },
      { id: "2", name: "SQL", kind: "technical" as const, currentLevel: 1, targetLevel: 4 },
      { id: "3", name: "Public speaking", kind: "soft" as const, currentLevel: 2, targetLevel: 4 },
    ]);
    expect(result.map((skill) => [skill.name, skill.gap])).toEqual([
      ["SQL", 3],
      ["Public speaking", 2],
      ["Negotiation", 1],
    ]);
    expect(result[0]).toMatchObject({ id: "2", kind: "technical" });
  });

  it("never reports a negative gap", () => {
    expect(skillGaps([{ name: "Excel", currentLevel: 5, targetLevel: 3 }])[0].gap).toBe(0);
  });

  it("breaks ties by name", () => {
    const result = skillGaps([
      { name: "Writing", currentLevel: 2, targetLevel: 3 },
      { name: "Coaching", currentLevel: 1, targetLevel: 2 },
    ]);
    expect(result.map((skill) => skill.name)).toEqual(["Coaching", "Writing"]);
  });

  it("is empty for no skills", () => {
    expect(skillGaps([])).toEqual([]);
  });
});
