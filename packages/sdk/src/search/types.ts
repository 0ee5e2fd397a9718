/** Shapes shared by the search engine's parts and the two indexes built on it. */
import type { TopK } from './top-k.js';

/**
 * One hit: the item, its score (higher is better; hits come best first) and
 * what to highlight in its name.
 *
 * @example
 * const [hit]: SearchHit<Service>[] = index.search('bikin sim');
 * hit?.item.name; // 'Digital Korlantas POLRI (SINAR)'
 * hit?.ranges; // `[start, end)` offsets into the name, for <mark>
 */
export interface SearchHit<T> {
  item: T;
  score: number;
  /** `[start, end)` offsets into `item.name` of the matched parts. */
  ranges: [number, number][];
}

/**
 * How one query word may match: a term, and how good a match of it is. A
 * tuple: units are made per keystroke, and field names would ship in every
 * browser bundle (the search subpath has a size budget).
 */
export type Alternative = [term: string, quality: number];

/**
 * One unit of a query: usually a word. `prefix` lets the alternatives match
 * as prefixes too; optional units add to a match but are not needed for one;
 * `typos` is how many edits a typo match of the word may take (see
 * typoBudget(): each index sets its own). A tuple, as {@link Alternative} is.
 */
export type Unit = [
  word: string,
  alternatives: Alternative[],
  prefix: boolean,
  optional: boolean,
  typos: number,
];

/** A document: its words per field with the field's weight (a whole number). Field 0 is the name. */
export type DocFields = [words: string[], weight: number][];

/** A term a unit matches (by id), with the quality of its best match and whether that needed a typo (1) or not (0). */
export type TermMatch = [term: number, quality: number, typo: number];

/** A query unit with the terms it matches. */
export type MatchedUnit = [unit: Unit, terms: TermMatch[]];

/** Whether a document may be returned (the caller's filters). */
export type Keep = (doc: number) => boolean;

/**
 * Receives a matching document with its totals: score, required units
 * matched exactly and by a typo, units matched in the name, and whether it
 * misses a required unit that matches some term (AND with `some`).
 */
export type Take = (
  doc: number,
  score: number,
  exact: number,
  typos: number,
  inName: number,
  partial: boolean,
) => void;

/** Ranks one posting of `single`: `value` is the match's quality times its field weight; `typo` is 1 for a typo match. */
export type Rank = (doc: number, value: number, typo: number) => number;

export interface Query {
  /**
   * Runs the units over the documents `keep` accepts and hands every match to
   * `take`. Candidates are the documents a required unit finds (AND: in their
   * name; OR: any unit); every unit then scores them. AND with `some`: a document missing
   * required units still matches (`exact + typos` says how many it has).
   */
  run(units: readonly Unit[], fuzzy: boolean, keep: Keep, take: Take, some?: boolean): void;
  /**
   * Offers `top` the best documents for a single unit, from its postings (AND:
   * name postings), ranked by `rank`: `SCALE.tier` (0 for a typo) + value +
   * extras, where value is at most the term's quality times the heaviest
   * field's weight and `ceiling` is the most that extras can exceed the term's
   * bonus by. Terms that cannot beat the last place are skipped whole (and
   * postings one by one), promising terms first so that happens early.
   * Returns how many postings matched.
   */
  single(unit: Unit, fuzzy: boolean, keep: Keep, top: TopK, rank: Rank, ceiling: number): number;
  /** Whether `word` is a term (with `prefix`, or begins one). */
  has(word: string, prefix: boolean): boolean;
}
