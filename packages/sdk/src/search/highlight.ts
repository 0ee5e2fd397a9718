/**
 * What to highlight in a hit's name: the parts of its words that a query
 * unit matched, as the engine matched them.
 */
import { distance, typoBudget } from './edit-distance.js';
import { WRITTEN_WORD, words } from './normalize.js';
import type { Unit } from './types.js';

/**
 * Highlight ranges in `name` for the query units: whole words for exact and
 * typo matches, the typed part for prefix matches (the whole word when
 * folding changed its length). Sorted and merged.
 */
export function highlight(name: string, units: readonly Unit[]): [number, number][] {
  const found: [number, number][] = [];
  for (const match of name.matchAll(WRITTEN_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    for (const word of words(match[0])) {
      for (const unit of units) {
        for (const alt of unit.alternatives) {
          if (word === alt.term) found.push([start, end]);
          else if (unit.prefix && word.startsWith(alt.term)) {
            found.push([start, word.length === end - start ? start + alt.term.length : end]);
          }
        }
        const budget = typoBudget(unit.word);
        if (
          budget &&
          word[0] === unit.word[0] &&
          distance(unit.word, word, budget, unit.prefix) <= budget
        ) {
          found.push([start, end]);
        }
      }
    }
  }
  // By start only: every range is non-empty, so ranges that start together
  // merge whatever their order.
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
