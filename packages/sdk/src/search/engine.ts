/**
 * The search engine under both indexes. An inverted index of folded words
 * (terms sorted, so a prefix is a range; each term's name postings first) and
 * a forward index (each document's own terms), as flat typed arrays. A query
 * gathers candidates from postings, then scores every unit on the
 * candidates' own few terms. Per keystroke, next to nothing is allocated.
 */
import { WRITTEN_WORD, words } from './normalize.js';

/** One hit: the item, its score (higher is better; hits come best first) and what to highlight in its name. */
export interface SearchHit<T> {
  item: T;
  score: number;
  /** `[start, end)` offsets into `item.name` of the matched parts. */
  ranges: [number, number][];
}

/** How one query word may match: a term, and how good a match of it is. */
export interface Alternative {
  term: string;
  quality: number;
}

/**
 * One unit of a query: usually a word. Optional units add to a match but are
 * not needed for one; `prefix` lets the alternatives match as prefixes too.
 */
export interface Unit {
  word: string;
  alternatives: Alternative[];
  optional?: boolean;
  prefix: boolean;
}

/** A document: its words per field with the field's weight. Field 0 is the name. */
export type DocFields = [words: string[], weight: number][];

/** The edit budget for a word: none under 5 letters, 1 up to 8, then 2. */
export const typoBudget = (word: string) => (word.length < 5 ? 0 : word.length < 9 ? 1 : 2);

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Restricted Damerau–Levenshtein distance of `a` to `b` (with `prefix`, to
 * the closest prefix of `b`), or `max + 1` as soon as it must exceed `max`.
 */
export function distance(a: string, b: string, max: number, prefix = false): number {
  const m = a.length;
  const n = prefix ? Math.min(b.length, m + max) : b.length;
  if (prefix ? n < m - max : Math.abs(m - n) > max) return max + 1;
  if (rows[0]!.length <= n) rows = rows.map(() => new Int32Array(n + 1));
  let [before, previous, row] = rows as [Int32Array, Int32Array, Int32Array];
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
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  let d = previous[n]!;
  if (prefix) for (let j = Math.max(0, m - max); j < n; j++) d = Math.min(d, previous[j]!);
  return d;
}

/** Keeps the `limit` highest-ranked items offered, best first, without sorting everything. */
export class TopK {
  readonly items: number[] = [];
  readonly ranks: number[] = [];
  constructor(readonly limit: number) {}

  /** The rank an item must beat to get in (ranks are never negative). */
  floor(): number {
    return this.ranks[this.limit - 1] ?? -1;
  }

  /** Offers an item; one already held keeps its better rank. */
  offer(item: number, rank: number): void {
    const { items, ranks } = this;
    if (rank <= this.floor()) return;
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
    if (items.length > this.limit) {
      items.pop();
      ranks.pop();
    }
  }
}

/**
 * Builds the index. `and`: every required unit must match, in the document's
 * own terms or (with `parents`) an ancestor's name at `contextWeight`, and one
 * of them in its name; `or`: at least one unit (the caller ranks by how many).
 * `docBonus` is what the caller adds per document, to skip hopeless terms.
 */
export function createEngine(
  docs: readonly DocFields[],
  mode: 'and' | 'or',
  parents?: Int32Array,
  docBonus?: Float64Array,
  contextWeight = 0.3,
) {
  const n = docs.length;
  const ids = new Map<string, number>();
  const terms: string[] = [];
  // Forward index: each document's distinct terms with their best code
  // (weight × 2000, plus 1 when the term is in the name).
  const fStart = new Int32Array(n + 1);
  const fTerm: number[] = [];
  const fCode: number[] = [];
  const slot: number[] = [];
  for (let doc = 0; doc < n; doc++) {
    const begin = fTerm.length;
    for (const [field, [fieldWords, weight]] of docs[doc]!.entries()) {
      const code = Math.round(weight * 1000) * 2 + (field === 0 ? 1 : 0);
      for (const word of fieldWords) {
        let id = ids.get(word);
        if (id === undefined) {
          id = terms.push(word) - 1;
          ids.set(word, id);
          slot[id] = -1;
        }
        // Seen in this document already (slot at or after `begin`): keep the best code.
        const k = slot[id]!;
        if (k >= begin) {
          if (code > fCode[k]!) fCode[k] = code;
        } else {
          slot[id] = fTerm.length;
          fTerm.push(id);
          fCode.push(code);
        }
      }
    }
    fStart[doc + 1] = fTerm.length;
  }
  const count = terms.length;
  // Inverted index by counting sort: doc order, name postings first.
  const pStart = new Int32Array(count + 1);
  const pName = new Int32Array(count);
  for (const [k, t] of fTerm.entries()) {
    pStart[t + 1]!++;
    pName[t]! += fCode[k]! & 1;
  }
  for (let t = 0; t < count; t++) {
    pStart[t + 1]! += pStart[t]!;
    pName[t]! += pStart[t]!;
  }
  const cursor = [pStart.slice(), pName.slice()];
  const pDoc = new Int32Array(fTerm.length);
  const pCode = new Int32Array(fTerm.length);
  for (let doc = 0; doc < n; doc++) {
    for (let k = fStart[doc]!; k < fStart[doc + 1]!; k++) {
      const slot = cursor[fCode[k]! & 1 ? 0 : 1]![fTerm[k]!]!++;
      pDoc[slot] = doc;
      pCode[slot] = fCode[k]!;
    }
  }
  // The highest bonus among each term's name postings: bounds what the term can reach.
  const termBonus = new Float64Array(count);
  for (let t = 0; docBonus && t < count; t++) {
    for (let k = pStart[t]!; k < pName[t]!; k++)
      termBonus[t] = Math.max(termBonus[t]!, docBonus[pDoc[k]!]!);
  }
  const sortedTerms = [...terms].sort();
  const sorted = Int32Array.from(sortedTerms, (t) => ids.get(t)!);

  const score = new Float64Array(n);
  const exact = new Uint8Array(n);
  const typos = new Uint8Array(n);
  const inName = new Uint8Array(n);
  const seen = new Int32Array(n);
  const best = new Float64Array(n);
  const bestFlags = new Uint8Array(n);
  const stamp = new Int32Array(n);
  const termQuality = new Float64Array(count);
  const termTypo = new Uint8Array(count);
  const termStamp = new Int32Array(count);
  let clock = 0;
  let query = 0;
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

  /** The sorted-order range `[lo, hi)` of terms starting with `prefix` (terms hold no U+FFFF). */
  const range = (prefix: string) => [lower(prefix), lower(`${prefix}\uffff`)] as const;

  /** A unit's terms with their qualities, current under a fresh clock: `[term, quality, typo]` triples, flat. */
  function termsOf(unit: Unit, fuzzy: boolean): number[] {
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
    for (const alt of unit.alternatives) {
      const id = ids.get(alt.term);
      if (id !== undefined) put(id, alt.quality, 0);
      if (unit.prefix) {
        const [lo, hi] = range(alt.term);
        for (let i = lo; i < hi; i++) {
          // A prefix is worth less than the whole word: 0.5, up to 0.6 as it nears the word.
          put(
            sorted[i]!,
            alt.quality * (0.5 + (0.1 * alt.term.length) / sortedTerms[i]!.length),
            0,
          );
        }
      }
    }
    const w = unit.word;
    const budget = typoBudget(w);
    if (fuzzy && budget) {
      const [lo, hi] = range(w[0]!);
      for (let i = lo; i < hi; i++) {
        const t = sortedTerms[i]!;
        // A cheap gate before the edit distance: the second or third letters agree, or swap.
        if (t[1] !== w[1] && t[2] !== w[2] && t[1] !== w[2] && t[2] !== w[1]) continue;
        const d = distance(w, t, budget, unit.prefix);
        if (d && d <= budget) put(sorted[i]!, (unit.prefix ? 0.45 : 0.5) - 0.1 * d, 1);
      }
    }
    return set.flatMap((id) => [id, termQuality[id]!, termTypo[id]!]);
  }

  /** Makes a term set current again. */
  function activate(set: number[]): void {
    clock++;
    for (let i = 0; i < set.length; i += 3) {
      termStamp[set[i]!] = clock;
      termQuality[set[i]!] = set[i + 1]!;
      termTypo[set[i]!] = set[i + 2]!;
    }
  }

  /** The best value of the current terms among a document's own terms (-1: none); sets `found` flags. */
  function bestOwn(doc: number, weight: number): number {
    let value = -1;
    for (let k = fStart[doc]!; k < fStart[doc + 1]!; k++) {
      const t = fTerm[k]!;
      const v = termStamp[t] === clock ? termQuality[t]! * (fCode[k]! >> 1) * weight : -1;
      if (v > value) {
        value = v;
        found = termTypo[t]! * 2 + (weight === 1 ? fCode[k]! & 1 : 0);
      }
    }
    return value < 0 ? -1 : value / 1000;
  }

  return {
    /**
     * Runs the units over the documents `keep` accepts and hands every match to
     * `take(doc, score, exact, typos, inName)`. Candidates are the documents a
     * required unit finds (AND: in their name); every unit is then scored on
     * a candidate's own terms (AND: or an ancestor's name).
     */
    run(
      units: readonly Unit[],
      fuzzy: boolean,
      keep: (doc: number) => boolean,
      take: (doc: number, score: number, exact: number, typos: number, inName: number) => void,
    ): void {
      query++;
      const sets = units.map((unit) => termsOf(unit, fuzzy));
      // Candidates come from the required units, leaving out very short ones
      // (the word being typed: "bandung c", and in OR mode "pajak ke") when a
      // longer one can supply them; short ones still add to those candidates.
      const gatherers = units.filter((u) => !u.optional);
      const long = gatherers.filter((u) => u.word.length > (mode === 'or' ? 2 : 1));
      const from = long.length ? long : gatherers.length ? gatherers : units;
      const candidates: number[] = [];
      for (const [u, unit] of units.entries()) {
        if (!from.includes(unit)) continue;
        const set = sets[u]!;
        for (let i = 0; i < set.length; i += 3) {
          const t = set[i]!;
          for (
            let k = pStart[t]!, end = mode === 'and' ? pName[t]! : pStart[t + 1]!;
            k < end;
            k++
          ) {
            const doc = pDoc[k]!;
            if (Math.abs(seen[doc]!) === query) continue;
            // +query: a candidate; -query: turned away by `keep`.
            seen[doc] = keep(doc) ? query : -query;
            if (seen[doc] === query) candidates.push(doc);
          }
        }
      }
      let alive = candidates;
      for (const [u, unit] of units.entries()) {
        const add = (doc: number, value: number, flags: number) => {
          score[doc]! += value;
          inName[doc]! += flags & 1;
          if (!unit.optional) (flags & 2 ? typos : exact)[doc]!++;
        };
        if (mode === 'or') {
          // OR: score the candidates from the unit's postings (documents are long; postings are short).
          const set = sets[u]!;
          clock++;
          const visited: number[] = [];
          for (let i = 0; i < set.length; i += 3) {
            const t = set[i]!;
            for (let k = pStart[t]!; k < pStart[t + 1]!; k++) {
              const doc = pDoc[k]!;
              if (seen[doc] !== query) continue;
              const value = (set[i + 1]! * (pCode[k]! >> 1)) / 1000;
              if (stamp[doc] !== clock) {
                stamp[doc] = clock;
                best[doc] = -1;
                visited.push(doc);
              }
              if (value > best[doc]!) {
                best[doc] = value;
                bestFlags[doc] = set[i + 2]! * 2 + (pCode[k]! & 1);
              }
            }
          }
          for (const doc of visited) add(doc, best[doc]!, bestFlags[doc]!);
          continue;
        }
        // AND: score the survivors on their own few terms, or an ancestor's name.
        activate(sets[u]!);
        alive = alive.filter((doc) => {
          let value = bestOwn(doc, 1);
          for (let p = parents?.[doc] ?? -1; value < 0 && p >= 0; p = parents![p]!)
            value = bestOwn(p, contextWeight);
          if (value >= 0) add(doc, value, found);
          // AND drops a document at its first missing required unit.
          return value >= 0 || unit.optional;
        });
      }
      for (const doc of alive) {
        if (mode === 'or' || inName[doc])
          take(doc, score[doc]!, exact[doc]!, typos[doc]!, inName[doc]!);
      }
      for (const doc of candidates) score[doc] = exact[doc] = typos[doc] = inName[doc] = 0;
    },
    /**
     * The best documents for a single unit, from its postings (AND: name
     * postings): `rank(doc, value, typo)` scores a posting as 1000 (0 for a
     * typo) + value + extras; `ceiling` is the most that value and extras can
     * exceed the term's quality and bonus by. Terms that cannot beat the
     * last place are skipped whole, high-bonus terms first so that happens
     * early. Returns how many postings matched.
     */
    single(
      unit: Unit,
      fuzzy: boolean,
      keep: (doc: number) => boolean,
      top: TopK,
      rank: (doc: number, value: number, typo: number) => number,
      ceiling: number,
    ): number {
      const set = termsOf(unit, fuzzy);
      let matched = 0;
      for (const pass of [1, 0]) {
        for (let i = 0; i < set.length; i += 3) {
          const t = set[i]!;
          const quality = set[i + 1]!;
          const typo = set[i + 2]!;
          if (+(quality >= 1 || termBonus[t]! > 0) !== pass) continue;
          const end = mode === 'and' ? pName[t]! : pStart[t + 1]!;
          if ((typo ? 0 : 1000) + quality + termBonus[t]! + ceiling <= top.floor()) {
            matched += end - pStart[t]!;
            continue;
          }
          for (let k = pStart[t]!; k < end; k++) {
            const doc = pDoc[k]!;
            if (!keep(doc)) continue;
            matched++;
            top.offer(doc, rank(doc, (quality * (pCode[k]! >> 1)) / 1000, typo));
          }
        }
      }
      return matched;
    },
  };
}

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
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
