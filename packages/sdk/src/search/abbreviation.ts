/**
 * Abbreviated place names as Indonesians write them, by one rule rather than
 * a table: pieces of consecutive words run together, either all initials
 * ("NTT", "DIY") or all of two letters or more: the first a prefix of its
 * word ("Jabar": JAwa BARat; "Jaksel", "Kepri", "Babel"), each later one its
 * word's first letter and then more of its letters in order ("Sultra":
 * SULawesi TenggaRA). Written without vowels, the first piece may skip
 * letters too: the consonant skeletons of everyday chat ("Bdg": BanDunG;
 * "Sby", "Jkt"). (Not "Kaltara", KALimantan uTARA: a piece from inside a
 * word would make "bandung" BANDar lampUNG.)
 */

const VOWEL = /[aeiou]/;

/**
 * Whether `short` abbreviates `words` from word `i` on (see above), reading
 * `short` from `from`; `initials` says whether the pieces so far are single
 * letters. One piece alone counts only without vowels (a skeleton): with
 * them it is a prefix or a typo, which the index finds itself.
 *
 * @example
 * abbreviates('sulsel', ['sulawesi', 'selatan'], 0); // true
 * abbreviates('bdg', ['bandung'], 0); // true
 */
export function abbreviates(
  short: string,
  words: readonly string[],
  i: number,
  from = 0,
  initials?: boolean,
): boolean {
  const word = words[i] ?? '';
  if (word[0] !== short[from]) return false;
  const skips = from > 0 || !VOWEL.test(short);
  // Greedy within the word (the earliest letter leaves the most behind it),
  // trying at each letter whether the piece may end and the rest start on
  // the next word.
  for (let at = 0, k = from + 1; ; k++) {
    const one = k === from + 1;
    if ((initials ?? one) === one) {
      if (k === short.length) return skips;
      if (abbreviates(short, words, i + 1, k, one)) return true;
    }
    if (k === short.length) return false;
    at = skips ? word.indexOf(short.charAt(k), at + 1) : word[k] === short[k] ? k : -1;
    if (at < 0) return false;
  }
}
