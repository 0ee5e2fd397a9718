/**
 * One GET as the client makes it: the cache (RFC 9111 rules), one shared
 * exchange for identical concurrent calls, validation against the contract,
 * freezing, and stale copies when the API is down. The exchange itself,
 * attempts and retries included, is exchange.ts.
 */
import type * as z from 'zod/mini';
import { SpbeHttpError } from '../errors/spbe-http-error.js';
import { SpbeNetworkError } from '../errors/spbe-network-error.js';
import { SpbeResponseError } from '../errors/spbe-response-error.js';
import { SpbeTimeoutError } from '../errors/spbe-timeout-error.js';
import { describeIssue, formatPath } from '../schemas/issues.js';
import { type CacheEntry, deepFreeze, type StorePolicy } from './cache.js';
import { createExchange } from './exchange.js';
import { Lru } from './lru.js';
import type { ResolvedOptions, StaleEvent } from './options.js';
import type { CallOptions } from './spbe-client.js';

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

export function createTransport(options: ResolvedOptions): Transport {
  const cache = options.cache ? new Lru<string, CacheEntry>(options.cache.maxEntries) : undefined;
  const inflight = new Map<string, Shared>();
  const exchange = createExchange(options);

  /**
   * Joins (or starts) the one shared job for a URL: identical concurrent calls
   * get the same validated answer from one request. A caller that aborts
   * leaves at once; the job itself is aborted when nobody waits any more.
   */
  function join(
    url: string,
    start: (signal: AbortSignal) => Promise<unknown>,
    callerSignal: AbortSignal | undefined,
  ): Promise<unknown> {
    let shared = inflight.get(url);
    if (shared === undefined) {
      const controller = new AbortController();
      const promise = start(controller.signal);
      const entry: Shared = { promise, controller, waiting: 0 };
      shared = entry;
      inflight.set(url, entry);
      // Settled or abandoned, the shared job never rejects unhandled.
      promise.then(
        () => inflight.get(url) === entry && inflight.delete(url),
        () => inflight.get(url) === entry && inflight.delete(url),
      );
    }
    const current = shared;
    current.waiting++;
    return new Promise<unknown>((resolve, reject) => {
      let done = false;
      const leave = () => {
        done = true;
        callerSignal?.removeEventListener('abort', onAbort);
        current.waiting--;
      };
      const onAbort = () => {
        if (done) return;
        leave();
        if (current.waiting === 0) {
          current.controller.abort(callerSignal?.reason);
          if (inflight.get(url) === current) inflight.delete(url);
        }
        reject(callerSignal?.reason);
      };
      callerSignal?.addEventListener('abort', onAbort, { once: true });
      current.promise.then(
        (value) => {
          if (done) return;
          leave();
          resolve(value);
        },
        (error) => {
          if (done) return;
          leave();
          reject(error);
        },
      );
    });
  }

  /** Keeps an answer as its headers allow (or forgets it when they forbid keeping it). */
  function store(url: string, data: unknown, etag: string | undefined, policy: StorePolicy): void {
    if (!cache) return;
    if (!policy.storable) {
      cache.delete(url);
      return;
    }
    const now = Date.now();
    cache.set(url, {
      data,
      etag,
      storedAt: now,
      freshUntil: now + policy.freshForMs,
      mustRevalidate: policy.mustRevalidate,
    });
  }

  /**
   * The answer for `path` (relative to the API root), validated by `schema`:
   * from the cache while fresh, else from the API (revalidating a stored copy
   * with its ETag), else a stale copy when the API is down and that is allowed.
   */
  async function get<T>(path: string, schema: Parser<T>, call: CallOptions = {}): Promise<T> {
    const { signal } = call;
    const stale = (event: StaleEvent) => {
      options.onStale?.(event);
      call.onStale?.(event);
    };
    if (signal?.aborted) throw signal.reason;
    const url = options.apiRoot + path;
    const entry: CacheEntry | undefined = cache?.get(url);
    const now = Date.now();
    const cacheOptions = options.cache || undefined;
    if (entry && now < entry.freshUntil) return entry.data as T;
    // A stale copy may stand in (must-revalidate forbids it), up to maxStale old.
    const servable =
      entry &&
      cacheOptions &&
      !entry.mustRevalidate &&
      now - entry.storedAt <= cacheOptions.maxStale
        ? entry
        : undefined;

    // The shared job: all attempts, then validation, freezing and caching once.
    const job = async (jobSignal: AbortSignal) => {
      const outcome = await exchange(path, entry?.etag, jobSignal);
      if (outcome.kind === 'not-modified') {
        if (!entry) {
          throw new SpbeResponseError(
            url,
            'unexpected-status',
            'answered 304 but nothing is cached',
          );
        }
        store(url, entry.data, entry.etag, outcome.policy);
        return entry.data;
      }
      const result = schema.safeParse(outcome.data);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const path = formatPath(issue.path);
        throw new SpbeResponseError(
          url,
          'schema',
          `the answer does not match the contract at ${path || 'the top level'}: ${describeIssue(issue)}`,
          path,
        );
      }
      const data = deepFreeze(result.data);
      store(url, data, outcome.etag, outcome.policy);
      return data;
    };
    const fetchAndValidate = (callerSignal: AbortSignal | undefined) =>
      join(url, job, callerSignal) as Promise<T>;

    // Answer at once with a copy that had a lifetime (not one the API wants
    // revalidated before every use), and refresh it in the background.
    if (servable && cacheOptions?.staleWhileRevalidate && servable.freshUntil > servable.storedAt) {
      fetchAndValidate(undefined).catch((error: unknown) => {
        // Gone from the API: stop serving the stale copy.
        if (error instanceof SpbeHttpError && (error.status === 404 || error.status === 410))
          cache?.delete(url);
      });
      stale({ url, reason: 'revalidating', ageMs: now - servable.storedAt });
      return servable.data as T;
    }
    try {
      return await fetchAndValidate(signal);
    } catch (error) {
      const downstream =
        error instanceof SpbeNetworkError ||
        error instanceof SpbeTimeoutError ||
        error instanceof SpbeResponseError ||
        (error instanceof SpbeHttpError && error.status >= 500);
      if (servable && cacheOptions?.staleIfError && downstream && !signal?.aborted) {
        stale({ url, reason: error, ageMs: Date.now() - servable.storedAt });
        return servable.data as T;
      }
      throw error;
    }
  }

  return { get, clear: () => cache?.clear() };
}

/**
 * What checks an answer: a zod schema, or anything that parses the same way
 * (the descendants table becomes regions).
 */
export interface Parser<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
}

/** The transport under a client: `get(path, schema, call)` and `clear()`. */
export interface Transport {
  get<T>(path: string, schema: Parser<T>, call?: CallOptions): Promise<T>;
  clear(): void;
}
