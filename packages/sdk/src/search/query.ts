/**
 * Answers queries over an inverted index, by one of two paths. AND (regions):
 * every required unit must match, in the document's own terms or else in an
 * ancestor's name, and one of them in the document's own name. OR (services):
 * any unit may; the caller ranks by how many did. Either way the candidates
 * come from the postings of the units' terms (AND: required units'), and
 * every unit then scores them. `single` is the fast path for a query of one
 * required word.
 *
 * Per keystroke next to nothing is allocated: per-term and per-document
 * arrays are kept between queries and stamped rather than cleared, and a
 * query clears only the documents it touched.
 *
 * Reads of the index's arrays (here and in the rest of the engine) are at
 * indexes in range by construction: a document, term or posting number below
 * the array's length, or a bound read from the index itself. `!` tells the
 * compiler so (`noUncheckedIndexedAccess` types each such read as possibly
 * undefined). Helper functions for these reads kept the `!` out of the code,
 * but their calls cost ~100 bytes gzipped of the search subpath's budget.
 */
import { distance } from './edit-distance.js';
import type { InvertedIndex } from './inverted-index.js';
import { CODE, MATCH, SCALE } from './scoring.js';
import type { MatchedUnit, Query, TermMatch, Unit } from './types.js';

/**
 * Words this short or shorter gather no candidates while a longer word can:
 * the word being typed ("bandung c"; for OR, also "pajak ke").
 */
const SHORTEST_GATHERER = { and: 1, or: 2 } as const;
/**
 * What a match is worth: a word found in an ancestor's name, of one in the
 * document's own; a prefix, of the whole word (0.5, up to 0.6 as it nears
 * the word); a typo match (less per edit, and less again as a prefix).
 */
const QUALITY = {
  parentName: 0.3,
  prefix: 0.5,
  prefixCloseness: 0.1,
  typo: 0.5,
  typoPrefix: 0.45,
  perEdit: 0.1,
} as const;
/** Above every character a folded term holds, so `prefix + END` closes the prefix's range. */
const END = '\uffff';

/**
 * Queries over `index`. With `parents` (each document's parent, -1 for none),
 * an AND unit may match in an ancestor's name: "cibiru bandung" finds Cibiru
 * in Kota Bandung. `heaviest` is the weight of the index's heaviest field.
 */
export function createQuery(
  [ids, sortedTerms, sortedIds, [ownStart, ownTerm, ownCode], postings, termBonus]: InvertedIndex,
  mode: 'and' | 'or',
  parents?: Int32Array,
  heaviest = 1,
): Query {
  const [start, nameEnd, postDoc, postCode] = postings;
  const docCount = ownStart.length - 1;
  const nameOnly = mode === 'and';
  /** Where a path stops reading term `t`'s postings: AND reads its name postings only. */
  const end = (t: number) => (nameOnly ? nameEnd[t]! : start[t + 1]!);
  // Per document, for the query under way: its score; how many required units
  // it matched exactly and by a typo; how many units in its name. `seen` is
  // `query` for a candidate and `-query` for one `keep` turned away. OR keeps
  // the current unit's best match in `best` and `bestFlags`, current when
  // `stamp` is the clock.
  const score = new Float64Array(docCount);
  const exact = new Uint8Array(docCount);
  const typos = new Uint8Array(docCount);
  const inName = new Uint8Array(docCount);
  const seen = new Int32Array(docCount);
  const best = new Float64Array(docCount);
  const bestFlags = new Uint8Array(docCount);
  const stamp = new Int32Array(docCount);
  // Per term: the current term set's qualities and typos, current when `termStamp` is the clock.
  const termQuality = new Float64Array(sortedTerms.length);
  const termTypo = new Uint8Array(sortedTerms.length);
  const termStamp = new Int32Array(sortedTerms.length);
  let clock = 0;
  let query = 0;
  // The flags of the match bestOwn() last found: a second result, without allocating.
  let found = 0;

  /** Where `key` would go among the sorted terms. */
  function lower(key: string): number {
    let lo = 0;
    let hi = sortedTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedTerms[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The sorted-order range `[lo, hi)` of the terms starting with `prefix`. */
  const range = (prefix: string) => [lower(prefix), lower(prefix + END)] as const;

  /** The terms `unit` matches (with `fuzzy`, also by a typo), each once with its best match, as a new current set. */
  function termsOf([w, alternatives, prefix, , budget]: Unit, fuzzy: boolean): TermMatch[] {
    clock++;
    const set: number[] = [];
    const put = (id: number, quality: number, typo: number) => {
      if (termStamp[id] !== clock) {
        termStamp[id] = clock;
        termQuality[id] = -1;
        set.push(id);
      }
      if (quality > termQuality[id]!) {
        termQuality[id] = quality;
        termTypo[id] = typo;
      }
    };
    for (const [term, quality] of alternatives) {
      const id = ids.get(term);
      if (id !== undefined) put(id, quality, 0);
      if (prefix) {
        const [lo, hi] = range(term);
        for (let i = lo; i < hi; i++) {
          const closeness = (QUALITY.prefixCloseness * term.length) / sortedTerms[i]!.length;
          put(sortedIds[i]!, quality * (QUALITY.prefix + closeness), 0);
        }
      }
    }
    if (fuzzy && budget) {
      // A typo match shares the word's first letter (people rarely get that one
      // wrong): only the terms starting with it are measured.
      const [lo, hi] = range(w.charAt(0));
      for (let i = lo; i < hi; i++) {
        const t = sortedTerms[i]!;
        // A cheap gate before the edit distance: the second or third letters agree, or swap.
        if (t[1] !== w[1] && t[2] !== w[2] && t[1] !== w[2] && t[2] !== w[1]) continue;
        const d = distance(w, t, budget, prefix);
        const quality = prefix ? QUALITY.typoPrefix : QUALITY.typo;
        if (d && d <= budget) put(sortedIds[i]!, quality - QUALITY.perEdit * d, 1);
      }
    }
    return set.map((id) => [id, termQuality[id]!, termTypo[id]!]);
  }

  /**
   * The best value of the current terms among `doc`'s own terms (-1: none);
   * sets `found`. A match in an ancestor (`own` false) is not one in the name.
   */
  function bestOwn(doc: number, weight: number, own: boolean): number {
    let value = -1;
    for (let k = ownStart[doc]!; k < ownStart[doc + 1]!; k++) {
      const t = ownTerm[k]!;
      const code = ownCode[k]!;
      const v = termStamp[t] === clock ? termQuality[t]! * (code >> CODE.weightShift) * weight : -1;
      if (v > value) {
        value = v;
        found = termTypo[t]! * MATCH.typo + (own ? code & CODE.inName : 0);
      }
    }
    return value;
  }

  /**
   * OR: scores the candidates for one unit from its terms' postings
   * (documents are long; postings short), handing each document's best match
   * to `add`. Its own function: the loop is hot, and inlined into run() it
   * would crowd out the inlining the loop needs.
   */
  function scoreOr(
    set: readonly TermMatch[],
    add: (doc: number, value: number, flags: number) => void,
  ): void {
    clock++;
    const visited: number[] = [];
    for (const [t, quality, typo] of set) {
      for (let k = start[t]!; k < start[t + 1]!; k++) {
        const doc = postDoc[k]!;
        if (seen[doc] !== query) continue;
        const code = postCode[k]!;
        const value = quality * (code >> CODE.weightShift);
        if (stamp[doc] !== clock) {
          stamp[doc] = clock;
          best[doc] = -1;
          visited.push(doc);
        }
        if (value > best[doc]!) {
          best[doc] = value;
          bestFlags[doc] = typo * MATCH.typo + (code & CODE.inName);
        }
      }
    }
    for (const doc of visited) add(doc, best[doc]!, bestFlags[doc]!);
  }

  return {
    run(units, fuzzy, keep, take, some) {
      query++;
      const matched = units.map((unit): MatchedUnit => [unit, termsOf(unit, fuzzy)]);
      const required = matched.filter(([[, , , optional]]) => !optional);
      // OR: optional words gather too ("cara da", where "da" is being typed
      // and "cara" is optional); they are not what makes a match.
      const long = (nameOnly ? required : matched).filter(
        ([[word]]) => word.length > (nameOnly ? SHORTEST_GATHERER.and : SHORTEST_GATHERER.or),
      );
      const candidates: number[] = [];
      for (const [, set] of long.length ? long : required.length ? required : matched) {
        for (const [t] of set) {
          for (let k = start[t]!, last = end(t); k < last; k++) {
            const doc = postDoc[k]!;
            if (Math.abs(seen[doc]!) === query) continue;
            // +query: a candidate; -query: turned away by `keep`.
            seen[doc] = keep(doc) ? query : -query;
            if (seen[doc] === query) candidates.push(doc);
          }
        }
      }
      // Required units that match some term: a word that matches nothing is
      // not what a document can be missing.
      const live = required.filter(([, set]) => set.length).length;
      let alive = candidates;
      for (const [unit, set] of matched) {
        const optional = unit[3];
        const add = (doc: number, value: number, flags: number) => {
          score[doc]! += value;
          inName[doc]! += flags & MATCH.inName;
          const count = flags & MATCH.typo ? typos : exact;
          if (!optional) count[doc]! += 1;
        };
        if (!nameOnly) {
          scoreOr(set, add);
          continue;
        }
        // AND: score the survivors on their own terms, or else an ancestor's
        // name; a document goes at its first missing required unit (with
        // `some`, it stays and takes what the others give). The unit's terms
        // are worked out again to make them current: the same set, for fewer
        // bytes than keeping each to restore.
        termsOf(unit, fuzzy);
        alive = alive.filter((doc) => {
          let value = bestOwn(doc, 1, true);
          if (parents) {
            for (let p = parents[doc]!; value < 0 && p >= 0; p = parents[p]!)
              value = bestOwn(p, QUALITY.parentName, false);
          }
          if (value >= 0) add(doc, value, found);
          return value >= 0 || optional || some;
        });
      }
      for (const doc of alive) {
        if (!nameOnly || inName[doc])
          take(
            doc,
            score[doc]!,
            exact[doc]!,
            typos[doc]!,
            inName[doc]!,
            exact[doc]! + typos[doc]! < live,
          );
      }
      for (const doc of candidates) score[doc] = exact[doc] = typos[doc] = inName[doc] = 0;
    },

    single(unit, fuzzy, keep, top, rank, ceiling) {
      const set = termsOf(unit, fuzzy);
      let matched = 0;
      for (const [t, quality, typo] of set) {
        const bonus = termBonus[t]!;
        const first = start[t]!;
        const last = end(t);
        // The most a posting of this term ranks, but for its value.
        const reach = (typo ? 0 : SCALE.tier) + bonus + ceiling;
        if (reach + quality * heaviest <= top.floor()) {
          matched += last - first;
          continue;
        }
        for (let k = first; k < last; k++) {
          const doc = postDoc[k]!;
          const value = quality * (postCode[k]! >> CODE.weightShift);
          // A posting that cannot get in is counted unfiltered, as a skipped
          // term's are (only once the page is full, so a count that decides
          // whether to look again is past the limit either way).
          if (reach + value > top.floor()) {
            if (!keep(doc)) continue;
            top.offer(doc, rank(doc, value, typo));
          }
          matched++;
        }
      }
      return matched;
    },

    has: (word, prefix) =>
      prefix ? (sortedTerms[lower(word)] ?? '').startsWith(word) : ids.has(word),
  };
}
