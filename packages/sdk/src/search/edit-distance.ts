/**
 * Edit distance for typo-tolerant matching: how many letters must be
 * inserted, deleted, replaced or swapped with a neighbour to turn one word
 * into another, and how many of those a word of a given length may have.
 */

/** Words shorter than this must be typed without a typo. */
const ONE_TYPO_FROM = 5;
/** Words this long may have two, as MiniSearch's `fuzzy: 0.2` allows ("passport" for "paspor"). */
const TWO_TYPOS_FROM = 8;

/** The edit budget for a word: none under 5 letters, 1 under `twoFrom` (8 unless given), then 2. */
export const typoBudget = (word: string, twoFrom = TWO_TYPOS_FROM): number =>
  word.length < ONE_TYPO_FROM ? 0 : word.length < twoFrom ? 1 : 2;

type Rows = [before: Int32Array, previous: Int32Array, row: Int32Array];
const makeRows = (length: number): Rows => [
  new Int32Array(length),
  new Int32Array(length),
  new Int32Array(length),
];
// The last three rows of the table, kept between calls: one keystroke may
// measure thousands of words, and allocating rows for each would be most of
// the cost. They grow when a longer word comes.
let rows = makeRows(64);

/**
 * Restricted Damerau–Levenshtein distance of `a` to `b` (with `prefix`, to
 * the closest prefix of `b`), or `max + 1` as soon as it must exceed `max`.
 * Exported from `@spbe/sdk/search` as `editDistance`, for spelling
 * suggestions that agree with the search's own idea of a typo.
 *
 * @example
 * editDistance('kependudukn', 'kependudukan', 2); // 1
 * editDistance('sumedagn', 'sumedang', 2); // 1 (a swap)
 * editDistance('ktp', 'sim', 1); // 2: more than 1
 */
export function distance(a: string, b: string, max: number, prefix = false): number {
  const m = a.length;
  const n = prefix ? Math.min(b.length, m + max) : b.length;
  if (prefix ? n < m - max : Math.abs(m - n) > max) return max + 1;
  if (rows[0].length <= n) rows = makeRows(n + 1);
  let [before, previous, row] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      let v = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      // Two neighbours swapped ("sumedagn") is one edit, not two. The bounds
      // are checked although a[-1] would only be undefined: reading a string
      // out of range is slow, and this loop is the hottest of a typo search.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < least) least = v;
    }
    // No cell of this row is within `max`: no later one can be.
    if (least > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  let d = previous[n]!;
  if (prefix) for (let j = Math.max(0, m - max); j < n; j++) d = Math.min(d, previous[j]!);
  return d;
}
