/**
 * One GET through the whole pipeline: cache, de-duplication of identical
 * concurrent calls, attempts with a timeout that covers headers and body,
 * retries with backoff and Retry-After under a total deadline, a size cap
 * enforced while the body streams, JSON parsing and schema validation. Every
 * failure leaves as an SpbeError, or as the caller's own abort reason.
 */
import type * as z from 'zod/mini';
import { SpbeError } from '../errors/spbe-error.js';
import { SpbeHttpError } from '../errors/spbe-http-error.js';
import { SpbeNetworkError } from '../errors/spbe-network-error.js';
import { SpbeResponseError } from '../errors/spbe-response-error.js';
import { SpbeTimeoutError } from '../errors/spbe-timeout-error.js';
import { describeIssue, formatPath } from '../schemas/issues.js';
import { ProblemSchema } from '../schemas/problem.js';
import { type CacheEntry, deepFreeze, maxAgeOf } from './cache.js';
import { Lru } from './lru.js';
import type { ResolvedOptions } from './options.js';
import { backoff, parseRetryAfter, RETRY_STATUSES, sleep } from './retry.js';

/** What one exchange brought back. */
type Outcome =
  | { kind: 'data'; data: unknown; etag: string | undefined; maxAge: number | undefined }
  | { kind: 'not-modified'; maxAge: number | undefined };

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

// Marks our own per-attempt timer as the abort reason, to tell it from the caller's.
const ATTEMPT_TIMEOUT = Symbol('attempt timeout');
const ERROR_BODY_BYTES = 64 * 1024;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const retryAfterOf = new WeakMap<SpbeHttpError, number>();

/**
 * A signal that aborts when either does: AbortSignal.any where the runtime
 * has it (Chrome 116+, Safari 17.4+, Node 20.3+), by hand elsewhere.
 */
function either(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) both.abort(s.reason);
    else s.addEventListener('abort', () => both.abort(s.reason), { once: true });
  }
  return both.signal;
}

/** Reads a body up to `max` bytes, refusing more as soon as it arrives. */
async function readCapped(response: Response, max: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () =>
    new SpbeResponseError(url, 'too-large', `the body is larger than the ${max}-byte limit`);
  if (declared > max) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export function createTransport(options: ResolvedOptions) {
  // Called bare: a browser's fetch throws "Illegal invocation" when called as a method of another object.
  const fetchFn = options.fetch;
  const cache = options.cache ? new Lru<string, CacheEntry>(options.cache.maxEntries) : undefined;
  const inflight = new Map<string, Shared>();

  /**
   * One attempt; `signal` is the shared signal, `ms` this attempt's budget
   * (the timeout, or what is left of the deadline when that is shorter).
   */
  async function attempt(
    url: string,
    etag: string | undefined,
    signal: AbortSignal,
    ms: number,
  ): Promise<Outcome> {
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(ATTEMPT_TIMEOUT), ms);
    try {
      const response = await fetchFn(url, {
        signal: either(signal, timer.signal),
        headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
      });
      const maxAge = maxAgeOf(response.headers.get('cache-control'));
      if (response.status === 304) {
        await response.body?.cancel().catch(() => {});
        if (etag === undefined)
          throw new SpbeResponseError(
            url,
            'unexpected-status',
            'answered 304 to a request that was not conditional',
          );
        return { kind: 'not-modified', maxAge };
      }
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok) {
        const requestId = response.headers.get('x-request-id') ?? undefined;
        let problem: z.infer<typeof ProblemSchema> | undefined;
        if (JSON_TYPE.test(type)) {
          try {
            problem = ProblemSchema.safeParse(
              JSON.parse(await readCapped(response, ERROR_BODY_BYTES, url)),
            ).data;
          } catch (error) {
            if (timer.signal.aborted || signal.aborted) throw error;
            // An unreadable error body still leaves a usable status.
          }
        } else {
          await response.body?.cancel().catch(() => {});
        }
        const error = new SpbeHttpError(
          url,
          response.status,
          problem,
          requestId ?? problem?.requestId,
        );
        const wait = parseRetryAfter(response.headers.get('retry-after'));
        if (wait !== undefined) retryAfterOf.set(error, wait);
        throw error;
      }
      if (!JSON_TYPE.test(type)) {
        await response.body?.cancel().catch(() => {});
        throw new SpbeResponseError(
          url,
          'content-type',
          `expected JSON, got ${JSON.stringify(type || 'no content type')}`,
        );
      }
      const text = await readCapped(response, options.maxBodyBytes, url);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        throw new SpbeResponseError(
          url,
          'not-json',
          `the body is not valid JSON (${text.length} characters; truncated?)`,
        );
      }
      return { kind: 'data', data, etag: response.headers.get('etag') ?? undefined, maxAge };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timer.signal.aborted) {
        throw ms < options.timeout
          ? new SpbeTimeoutError(url, options.deadline, 'deadline')
          : new SpbeTimeoutError(url, options.timeout, 'timeout');
      }
      if (error instanceof SpbeError) throw error;
      // fetch's TypeError (refused, reset, DNS) or a stream reset mid-body: all the network.
      throw new SpbeNetworkError(url, (error as { cause?: unknown })?.cause ?? error);
    } finally {
      clearTimeout(timeout);
    }
  }

  /** All attempts for one URL, under the deadline. */
  async function exchange(
    url: string,
    etag: string | undefined,
    signal: AbortSignal,
  ): Promise<Outcome> {
    const started = Date.now();
    for (let retry = 0; ; retry++) {
      const left = options.deadline - (Date.now() - started);
      if (left <= 0) throw new SpbeTimeoutError(url, options.deadline, 'deadline');
      try {
        return await attempt(url, etag, signal, Math.min(options.timeout, left));
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        const retryable =
          error instanceof SpbeNetworkError ||
          error instanceof SpbeTimeoutError ||
          (error instanceof SpbeHttpError && RETRY_STATUSES.has(error.status));
        if (!retryable || retry >= options.retry) throw error;
        const asked = error instanceof SpbeHttpError ? retryAfterOf.get(error) : undefined;
        const wait =
          asked === undefined ? backoff(retry + 1) : Math.min(asked, options.maxRetryAfter);
        const remaining = options.deadline - (Date.now() - started);
        if (wait >= remaining) {
          throw remaining <= 0 || error instanceof SpbeTimeoutError
            ? new SpbeTimeoutError(url, options.deadline, 'deadline')
            : error;
        }
        await sleep(wait, signal);
      }
    }
  }

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

  function store(
    url: string,
    data: unknown,
    etag: string | undefined,
    maxAge: number | undefined,
  ): void {
    if (!cache || !options.cache || maxAge === 0) return;
    const now = Date.now();
    const ttl = Math.min(options.cache.ttl, maxAge ?? Number.POSITIVE_INFINITY);
    cache.set(url, { data, etag, storedAt: now, freshUntil: now + ttl });
  }

  /** Fetches, validates and caches; uses a cached copy when fresh, or when stale and allowed. */
  async function get<S extends z.ZodMiniType>(
    url: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.infer<S>> {
    if (signal?.aborted) throw signal.reason;
    const entry: CacheEntry | undefined = cache?.get(url);
    const now = Date.now();
    const cacheOptions = options.cache || undefined;
    if (entry && now < entry.freshUntil) return entry.data as z.infer<S>;
    const servable =
      entry && cacheOptions && now - entry.storedAt <= cacheOptions.maxStale ? entry : undefined;

    // The shared job: all attempts, then validation, freezing and caching once.
    const job = async (jobSignal: AbortSignal) => {
      const outcome = await exchange(url, entry?.etag, jobSignal);
      if (outcome.kind === 'not-modified') {
        if (!entry)
          throw new SpbeResponseError(
            url,
            'unexpected-status',
            'answered 304 but nothing is cached',
          );
        store(url, entry.data, entry.etag, outcome.maxAge);
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
      store(url, data, outcome.etag, outcome.maxAge);
      return data;
    };
    const fetchAndValidate = (callerSignal: AbortSignal | undefined) =>
      join(url, job, callerSignal) as Promise<z.infer<S>>;

    if (servable && cacheOptions?.staleWhileRevalidate) {
      fetchAndValidate(undefined).catch((error: unknown) => {
        // Gone from the API: stop serving the stale copy.
        if (error instanceof SpbeHttpError && (error.status === 404 || error.status === 410))
          cache?.delete(url);
      });
      options.onStale?.({ url, reason: 'revalidating', ageMs: now - servable.storedAt });
      return servable.data as z.infer<S>;
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
        options.onStale?.({ url, reason: error, ageMs: Date.now() - servable.storedAt });
        return servable.data as z.infer<S>;
      }
      throw error;
    }
  }

  return { get, clear: () => cache?.clear() };
}

export type Transport = ReturnType<typeof createTransport>;
