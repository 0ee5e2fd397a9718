/**
 * Text folding for search: case, accents, punctuation and old Indonesian
 * spellings (oe→u, dj→j, tj→c, sj→sy, as before the 1972 reform) folded away,
 * so that "TJIANDJOER", "Cianjur" and "cianjur" are the same word.
 */

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’`ʼ]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const OLD_SPELLINGS = /oe|dj|tj|sj/g;
const NEW_SPELLING = { oe: 'u', dj: 'j', tj: 'c', sj: 'sy' } as const;
const ASCII = /^[\x20-\x7e]*$/;

/** One character (or a short run) as search sees it. */
function foldChars(text: string): string {
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(MARKS, '')).toLowerCase();
}

/** Old spellings to the current ones, inside one word. */
export function modernise(word: string): string {
  return word.replace(OLD_SPELLINGS, (m) => NEW_SPELLING[m as keyof typeof NEW_SPELLING]);
}

/**
 * The words of a text, folded: `"Kab. Tjiandjoer"` → `['kab', 'cianjur']`.
 * Apostrophes join (`Ba'us` → `baus`); anything else that is not a letter or
 * digit separates.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldChars(text).replace(APOSTROPHES, '').split(NOT_WORD)) {
    if (raw) out.push(modernise(raw));
  }
  return out;
}

/** A word as written (letters, marks, digits, apostrophes), to find words in the original text. */
export const WRITTEN_WORD = /[\p{L}\p{M}\p{N}'’`ʼ]+/gu;

/**
 * A term that stands for something other than a word (a synonym group, a
 * whole region), numbered: no folded word holds `~`, and no such term is a
 * prefix of another.
 */
export const tagTerm = (n: number): string => `~${n}~`;
