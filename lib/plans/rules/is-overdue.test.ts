import { describe, expect, it } from "vitest";
import { isOverdue, overdueItems } from "./is-overdue";

const today = "2025-06-15";
const doneAt = new Date("2025-06-01T10:00:00Z");

describe("isOverdue", () => {
  it("is true for an undone item due before today", () => {
    expect(isOverdue({ dueDate: "2025-06-14", doneAt: null }, today)).toBe(true);
  });

  it("is false on the due date itself and after", () => {
    expect(isOverdue({ dueDate: "2025-06-15", doneAt: null }, today)).toBe(false);
    expect(isOverdue({ dueDate: "2025-07-01", doneAt: null }, today)).toBe(false);
  });

  it("is false once done, and for undated items", () => {
    expect(isOverdue({ dueDate: "2025-01-01", doneAt }, today)).toBe(false);
    expect(isOverdue({ dueDate: null, doneAt: null }, today)).toBe(false);
  });

  it("compares across a year boundary", () => {
    expect(isOverdue({ dueDate: "2024-12-31", doneAt: null }, "2025-01-01")).toBe(true);
  });
});

describe("overdueItems", () => {
  it("returns only overdue items, the longest overdue first, keeping their fields", () => {
    const items = [
      { id: "late", dueDate: "2025-06-10", doneAt: null },
      { id: "done", dueDate: "2025-05-01", doneAt },
      { id: "future", dueDate: "2025-06-20", doneAt: null },
      { id: "undated", dueDate: null, doneAt: null },
      { id: "later", dueDate: "2025-03-02", doneAt: null },
    ];
    expect(overdueItems(items, today).map((item) => item.id)).toEqual(["later", "late"]);
  });

  it("does not reorder its input", () => {
    const items = [
      { id: "b", dueDate: "2025-06-10", doneAt: null },
      { id: "a", dueDate: "2025-06-01", doneAt: null },
    ];
    overdueItems(items, today);
    expect(items.map((item) => item.id)).toEqual(["b", "a"]);
  });
});
