/**
 * Prepared answers kept by key, so that a repeated request costs a lookup.
 * Those of query-free paths are few and kept for good; regions, statuses and
 * searches are keyed by caller input, so they go in bounded caches that a
 * crawler walking every code or query cannot grow without limit. Descendant
 * lists are few but big (a province's villages: up to 250 KB), so their cache
 * is bounded by bytes rather than by count.
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
  /** Every region of one level under a region, by code and level. */
  descendants: AnswerStore;
  /** A regency's agreement statuses, by Jakarta date and code. */
  statuses: AnswerStore;
  /** Service and agreement listings, by query string. */
  search: AnswerStore;
}

/**
 * Body bytes the descendant lists may hold. Every list of all Indonesia (8,427
 * of them: 38 provinces × 3 levels, 514 regencies × 2, 7,285 districts × 1)
 * takes about 8 MB, so none is ever rebuilt in steady state; the bound keeps a
 * bigger dataset from growing the process without limit. The gzip and brotli
 * copies made on demand add at most about half again (JSON compresses to
 * under a quarter).
 */
export const DESCENDANTS_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Answers kept up to a total of body bytes, the least recently used dropped
 * first. One answer larger than the whole bound is answered but not kept.
 */
export class ByteBoundedAnswers implements AnswerStore {
  readonly #map = new Map<string, Representation>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): Representation | undefined {
    const rep = this.#map.get(key);
    if (rep !== undefined) {
      // Map keeps insertion order: re-inserting makes it the most recently used.
      this.#map.delete(key);
      this.#map.set(key, rep);
    }
    return rep;
  }

  set(key: string, rep: Representation): void {
    this.delete(key);
    if (rep.body.length > this.maxBytes) return;
    this.#map.set(key, rep);
    this.#bytes += rep.body.length;
    for (const [oldest, old] of this.#map) {
      if (this.#bytes <= this.maxBytes) break;
      this.#map.delete(oldest);
      this.#bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const rep = this.#map.get(key);
    if (rep === undefined) return;
    this.#map.delete(key);
    this.#bytes -= rep.body.length;
  }

  /** Body bytes held now. */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#map.size;
  }
}

export function createAnswers(): Answers {
  return {
    fixed: new Map<string, Representation>(),
    regions: new Lru<string, Representation>(20_000),
    descendants: new ByteBoundedAnswers(DESCENDANTS_MAX_BYTES),
    statuses: new Lru<string, Representation>(2_000),
    search: new Lru<string, Representation>(1_000),
  };
}

// Answers being made, per store: concurrent requests for one key share one
// make (a cold province's villages read 654 files; one reading is enough).
const making = new WeakMap<AnswerStore, Map<string, Promise<Representation>>>();

/**
 * The answer kept under `key`, made and kept first if there is none; requests
 * that arrive while it is being made wait for that one. A `make` that throws
 * (a problem) keeps nothing, so bad input is not cached.
 */
export function remember(
  store: AnswerStore,
  key: string,
  make: () => Representation | Promise<Representation>,
): Promise<Representation> {
  const kept = store.get(key);
  if (kept !== undefined) return Promise.resolve(kept);
  let pending = making.get(store);
  if (pending === undefined) {
    pending = new Map();
    making.set(store, pending);
  }
  const inProgress = pending.get(key);
  if (inProgress !== undefined) return inProgress;
  // `make` runs on a later tick, so that the promise is shared before it can settle.
  const started = Promise.resolve()
    .then(make)
    .then((rep) => {
      store.set(key, rep);
      return rep;
    });
  pending.set(key, started);
  const forget = () => pending.delete(key);
  started.then(forget, forget);
  return started;
}
