/**
 * What to highlight in a hit's name: the parts of its words that a query
 * unit matched, as the engine matched them.
 */
import { distance } from './edit-distance.js';
import { WRITTEN_WORD, words } from './normalize.js';
import type { Unit } from './types.js';

/**
 * Highlight ranges in `name` for the query units: whole words for exact and
 * typo matches, the typed part for prefix matches (the whole word when
 * folding changed its length), never half a character. One range per
 * written word at most, in order: every range a word gets starts where it
 * starts, and written words never touch, so there is nothing to sort or merge.
 */
export function highlight(name: string, units: readonly Unit[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of name.matchAll(WRITTEN_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    let to = start;
    for (const word of words(match[0])) {
      for (const [typed, alternatives, prefix, , budget] of units) {
        for (const [term] of alternatives) {
          if (prefix ? word.startsWith(term) : word === term)
            to = Math.max(to, word.length === end - start ? start + term.length : end);
        }
        if (budget && word[0] === typed[0] && distance(typed, word, budget, prefix) <= budget)
          to = end;
      }
    }
    // Folding may lengthen one character and shorten another ("\uFBEA",
    // "\u{2F800}"): a typed part as long as the word's folded start may then
    // end inside a surrogate pair, which the range takes whole.
    if (name.charCodeAt(to) >> 10 === 0x37) to++;
    if (to > start) ranges.push([start, to]);
  }
  return ranges;
}
