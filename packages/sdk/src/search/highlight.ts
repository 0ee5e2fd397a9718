/**
 * What to highlight in a hit's name: the parts of its words that a query
 * unit matched, as the engine matched them.
 */
import { distance } from './edit-distance.js';
import { WRITTEN_WORD, words } from './normalize.js';
import type { Unit } from './types.js';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Highlight ranges in `name` for the query units: whole words for exact and
 * typo matches, the typed part for prefix matches (the whole word when
 * folding does not keep that part in place). One range per written word at
 * most, in order: every range a word gets starts where it starts, and written
 * words never touch, so there is nothing to sort or merge.
 */
export function highlight(name: string, units: readonly Unit[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of name.matchAll(WRITTEN_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    // Where the part of the written word that folds to `term` ends: as far in
    // as `term` is long when folding kept its letters in place (the word as
    // long as written, the written part folding to `term`, and no character
    // cut in two there), else at the word's end. A length that merely adds up
    // ("\u{2F800}" folds shorter, "\uFBEA" longer) would cut a character.
    const partEnd = (word: string, term: string) => {
      const cut = start + term.length;
      return word.length === end - start &&
        !isHighSurrogate(name.charCodeAt(cut - 1)) &&
        words(name.slice(start, cut)).join('') === term
        ? cut
        : end;
    };
    let to = start;
    for (const word of words(match[0])) {
      for (const [typed, alternatives, prefix, , budget] of units) {
        for (const [term] of alternatives) {
          if (prefix ? word.startsWith(term) : word === term)
            to = Math.max(to, partEnd(word, term));
        }
        if (budget && word[0] === typed[0] && distance(typed, word, budget, prefix) <= budget)
          to = end;
      }
    }
    if (to > start) ranges.push([start, to]);
  }
  return ranges;
}
