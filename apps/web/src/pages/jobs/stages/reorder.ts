/** `items` with the item at `from` moved to `to` (both 0-based; `to` is its index afterwards). */
export function moveItem<Item>(items: readonly Item[], from: number, to: number): Item[] {
  const moved = [...items];
  if (from < 0 || from >= moved.length) return moved;
  const [item] = moved.splice(from, 1);
  moved.splice(Math.max(0, Math.min(to, moved.length)), 0, item as Item);
  return moved;
}
