/** Keeps the highest-ranked items offered, best first, without sorting everything. */
export interface TopK {
  /** The rank an item must beat to get in: the last place's, or -1 while places are free (ranks are never negative). */
  floor(): number;
  /** Offers an item; one already held keeps its better rank. */
  offer(item: number, rank: number): void;
}

/**
 * Runs `look` on an empty TopK of `limit` places and, when it asks for a
 * second look (a search that found too few, looking again with typos
 * allowed), once more on the emptied TopK; makes the hits it holds, best
 * first.
 */
export function lookTwice<T>(
  limit: number,
  look: (again: boolean, top: TopK) => boolean,
  make: (item: number, rank: number) => T,
): T[] {
  // Parallel arrays, best first (so a place's index is valid in both): offers
  // far outnumber places, and one that gets in moves two numbers, not an object.
  const items: number[] = [];
  const ranks: number[] = [];
  const floor = () => ranks[limit - 1] ?? -1;
  const top: TopK = {
    floor,
    offer(item, rank) {
      if (rank <= floor()) return;
      const at = items.indexOf(item);
      if (at >= 0) {
        if (ranks[at]! >= rank) return;
        items.splice(at, 1);
        ranks.splice(at, 1);
      }
      let i = items.length;
      while (i > 0 && ranks[i - 1]! < rank) i--;
      items.splice(i, 0, item);
      ranks.splice(i, 0, rank);
      if (items.length > limit) {
        items.pop();
        ranks.pop();
      }
    },
  };
  if (look(false, top)) {
    items.length = ranks.length = 0;
    look(true, top);
  }
  return items.map((item, i) => make(item, ranks[i]!));
}
