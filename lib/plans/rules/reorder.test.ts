import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reorder } from "./reorder";

const list = () => [
  { id: "a", position: 0, title: "A" },
  { id: "b", position: 1, title: "B" },
  { id: "c", position: 2, title: "C" },
  { id: "d", position: 3, title: "D" },
];
const ids = (items: { id: string }[]) => items.map((item) => item.id).join("");

describe("reorder", () => {
  it("moves an item up one place", () => {
    expect(ids(reorder(list(), "c", "up"))).toBe("acbd");
  });

  it("moves an item down one place", () => {
    expect(ids(reorder(list(), "b", "down"))).toBe("acbd");
  });

  it("leaves the first item first when moved up, and the last last when moved down", () => {
    expect(ids(reorder(list(), "a", "up"))).toBe("abcd");
    expect(ids(reorder(list(), "d", "down"))).toBe("abcd");
  });

  it("moves an item to a new index, clamped to the list", () => {
    expect(ids(reorder(list(), "a", 2))).toBe("bcad");
    expect(ids(reorder(list(), "d", 0))).toBe("dabc");
    expect(ids(reorder(list(), "b", 99))).toBe("acdb");
    expect(ids(reorder(list(), "c", -4))).toBe("cabd");
  });

  it("renumbers positions 0..n-1 and keeps the other fields", () => {
    const result = reorder(list(), "d", 1);
    expect(result.map((item) => item.position)).toEqual([0, 1, 2, 3]);
    expect(result[1]).toEqual({ id: "d", position: 1, title: "D" });
  });

  it("orders by position, not by array order, and closes gaps", () => {
    const scattered = [
      { id: "x", position: 30 },
      { id: "y", position: 10 },
      { id: "z", position: 20 },
    ];
    expect(reorder(scattered, "x", "up")).toEqual([
      { id: "y", position: 0 },
      { id: "x", position: 1 },
      { id: "z", position: 2 },
    ]);
  });

  it("returns the list unchanged for an unknown id", () => {
    const original = list();
    expect(reorder(original, "nope", "up")).toEqual(original);
  });

  it("does not mutate its input", () => {
    const original = list();
    reorder(original, "a", "down");
    expect(original).toEqual(list());
  });

  it("property: keeps the same ids and yields positions 0..n-1", () => {
    const listArb = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }).chain((keys) =>
      fc.tuple(
        fc.constant(keys),
        fc.array(fc.integer({ min: -5, max: 50 }), { minLength: keys.length, maxLength: keys.length }),
      ),
    );
    const moveArb = fc.oneof(fc.constantFrom<"up" | "down">("up", "down"), fc.integer({ min: -3, max: 20 }));
    fc.assert(
      fc.property(listArb, fc.nat(), moveArb, ([keys, positions], pick, move) => {
        const items = keys.map((id, index) => ({ id, position: positions[index] }));
        const target = keys[pick % keys.length];
        const result = reorder(items, target, move);
        expect([...result.map((item) => item.id)].sort()).toEqual([...keys].sort());
        expect(result.map((item) => item.position)).toEqual(keys.map((_, index) => index));
      }),
    );
  });
});
