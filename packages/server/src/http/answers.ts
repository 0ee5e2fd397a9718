/**
 * Prepared answers kept by key, so that a repeated request costs a lookup.
 * Those of query-free paths are few and kept for good; regions, statuses and
 * searches are keyed by caller input, so they go in bounded caches that a
 * crawler walking every code or query cannot grow without limit.
 */
import { Lru } from '@spbe/sdk';
import type { Representation } from './representation.js';

/** Where answers are kept: a plain Map or an Lru. */
export interface AnswerStore {
  get(key: string): Representation | undefined;
  set(key: string, value: Representation): unknown;
}

export interface Answers {
  /** Query-free answers (provinces, catalog, programs, documents), for good. */
  fixed: AnswerStore;
  /** One region or its children, by code. */
  regions: AnswerStore;
  /** A regency's agreement statuses, by Jakarta date and code. */
  statuses: AnswerStore;
  /** Service and agreement listings, by query string. */
  search: AnswerStore;
}

export function createAnswers(): Answers {
  return {
    fixed: new Map<string, Representation>(),
    regions: new Lru<string, Representation>(20_000),
    statuses: new Lru<string, Representation>(2_000),
    search: new Lru<string, Representation>(1_000),
  };
}

/**
 * The answer kept under `key`, made and kept first if there is none. A
 * `make` that throws (a problem) keeps nothing, so bad input is not cached.
 */
export async function remember(
  store: AnswerStore,
  key: string,
  make: () => Representation | Promise<Representation>,
): Promise<Representation> {
  let rep = store.get(key);
  if (rep === undefined) {
    rep = await make();
    store.set(key, rep);
  }
  return rep;
}
