export type ReorderMove = "up" | "down" | number;

/**
 * Moves the item with `id` one place up or down, or to `newIndex` (clamped to the list), in the
 * order given by `position`, and returns every item with positions renumbered 0..n-1 in that
 * order. Items are copied, never mutated. An unknown `id` returns the list unchanged.
 */
export function reorder<T extends { id: string; position: number }>(list: readonly T[], id: string, move: ReorderMove): T[] {
  const ordered = list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }) => item);
  const from = ordered.findIndex((item) => item.id === id);
  if (from === -1) return [...list];
  const to = clampIndex(targetIndex(from, move), ordered.length);
  const [moved] = ordered.splice(from, 1);
  ordered.splice(to, 0, moved);
  return ordered.map((item, position) => ({ ...item, position }));
}

function targetIndex(from: number, move: ReorderMove): number {
  if (move === "up") return from - 1;
  if (move === "down") return from + 1;
  return Number.isFinite(move) ? Math.trunc(move) : from;
}

function clampIndex(index: number, length: number): number {
  return Math.min(length - 1, Math.max(0, index));
}
