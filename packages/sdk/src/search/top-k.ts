import { nth } from './in-range.js';

/** Keeps the `limit` highest-ranked items offered, best first, without sorting everything. */
export class TopK {
  // Parallel arrays, best first (so a place's index is valid in both): offers
  // far outnumber places, and one that gets in moves two numbers, not an object.
  private readonly items: number[] = [];
  private readonly ranks: number[] = [];
  constructor(readonly limit: number) {}

  /** The rank an item must beat to get in: the last place's, or -1 while places are free (ranks are never negative). */
  floor(): number {
    return this.ranks[this.limit - 1] ?? -1;
  }

  /** Offers an item; one already held keeps its better rank. */
  offer(item: number, rank: number): void {
    const { items, ranks } = this;
    if (rank <= this.floor()) return;
    const at = items.indexOf(item);
    if (at >= 0) {
      if (nth(ranks, at) >= rank) return;
      items.splice(at, 1);
      ranks.splice(at, 1);
    }
    let i = items.length;
    while (i > 0 && nth(ranks, i - 1) < rank) i--;
    items.splice(i, 0, item);
    ranks.splice(i, 0, rank);
    if (items.length > this.limit) {
      items.pop();
      ranks.pop();
    }
  }

  /** The items held, best first, each made into a result with its rank. */
  map<T>(make: (item: number, rank: number) => T): T[] {
    return this.items.map((item, i) => make(item, nth(this.ranks, i)));
  }
}
