/**
 * Builds the index the queries read, as flat arrays (a handful of
 * allocations for ~90,000 documents rather than one per posting; typed where
 * the size is known before they fill):
 *
 * - a forward index: each document's distinct terms with their best code
 *   (see scoring.ts), so that a candidate is scored on its own few terms;
 * - an inverted index: each term's postings in document order, those in the
 *   name first, so that a query may read the name postings alone;
 * - the terms sorted, so that the terms starting with a prefix are a range.
 */
import { CODE } from './scoring.js';
import type { DocFields } from './types.js';

/** Which field of a document is its name. */
const NAME_FIELD = 0;

/** Document `d`'s entries are `[start[d], start[d + 1])` of `term` (a term id) and `code`. */
export type ForwardIndex = readonly [start: Int32Array, term: number[], code: number[]];

/**
 * Term `t`'s postings are `[start[t], start[t + 1])` of `doc` and `code` (the
 * term's code in that document): in document order, those in the name first,
 * up to `nameEnd[t]`.
 */
export type Postings = readonly [
  start: Int32Array,
  nameEnd: Int32Array,
  doc: Int32Array,
  code: Int32Array,
];

/**
 * The index. A tuple rather than an object: a query unpacks it once, and its
 * field names would ship in every browser bundle (the search subpath has a
 * size budget, and the engine is most of it).
 */
export type InvertedIndex = readonly [
  /** Each term's id (terms are numbered as first seen). */
  ids: Map<string, number>,
  /** Every term, sorted (by UTF-16 code units, as `Array#sort` sorts). */
  sortedTerms: string[],
  /** The id of each term of `sortedTerms`. */
  sortedIds: Int32Array,
  forward: ForwardIndex,
  postings: Postings,
  /** The highest document bonus among each term's name postings: bounds what the term can reach. */
  termBonus: Float64Array,
];

/**
 * Builds the index of `docs`. `docBonus` is what the caller adds to each
 * document's rank (none unless given), to skip terms that cannot reach the page.
 */
export function buildIndex(
  docs: readonly DocFields[],
  docBonus = new Float64Array(docs.length),
): InvertedIndex {
  const ids = new Map<string, number>();
  const ownStart = new Int32Array(docs.length + 1);
  const ownTerm: number[] = [];
  const ownCode: number[] = [];
  // Each term's latest entry, to find it again within one document.
  const latest: number[] = [];
  for (const [doc, fields] of docs.entries()) {
    const begin = ownTerm.length;
    for (const [field, [fieldWords, weight]] of fields.entries()) {
      const code = (weight << CODE.weightShift) + (field === NAME_FIELD ? CODE.inName : 0);
      for (const word of fieldWords) {
        let id = ids.get(word);
        if (id === undefined) {
          id = ids.size;
          ids.set(word, id);
        }
        // Seen in this document already (an entry at or after `begin`): keep
        // the better code. A new term has no entry: -1 is before any.
        const k = latest[id] ?? -1;
        if (k >= begin) {
          if (code > ownCode[k]!) ownCode[k] = code;
        } else {
          latest[id] = ownTerm.length;
          ownTerm.push(id);
          ownCode.push(code);
        }
      }
    }
    ownStart[doc + 1] = ownTerm.length;
  }

  // The postings, by counting sort: count each term's postings and name
  // postings, turn the counts into places, then place them in document order
  // (name postings from the term's start, the others from where those end).
  const count = ids.size;
  const start = new Int32Array(count + 1);
  const nameEnd = new Int32Array(count);
  for (const [k, t] of ownTerm.entries()) {
    start[t + 1]! += 1;
    nameEnd[t]! += ownCode[k]! & CODE.inName;
  }
  for (let t = 0; t < count; t++) {
    start[t + 1]! += start[t]!;
    nameEnd[t]! += start[t]!;
  }
  const next = [start.slice(), nameEnd.slice()] as const;
  const postDoc = new Int32Array(ownTerm.length);
  const postCode = new Int32Array(ownTerm.length);
  const termBonus = new Float64Array(count);
  for (let doc = 0; doc < docs.length; doc++) {
    for (let k = ownStart[doc]!; k < ownStart[doc + 1]!; k++) {
      const t = ownTerm[k]!;
      const code = ownCode[k]!;
      const cursor = next[code & CODE.inName ? 0 : 1];
      const place = cursor[t]!;
      cursor[t] = place + 1;
      postDoc[place] = doc;
      postCode[place] = code;
      if (code & CODE.inName) termBonus[t] = Math.max(termBonus[t]!, docBonus[doc]!);
    }
  }
  const sortedTerms = [...ids.keys()].sort();
  return [
    ids,
    sortedTerms,
    // Every sorted term is a key of `ids`: a lookup the compiler cannot see succeed.
    Int32Array.from(sortedTerms, (term) => ids.get(term)!),
    [ownStart, ownTerm, ownCode],
    [start, nameEnd, postDoc, postCode],
    termBonus,
  ];
}
